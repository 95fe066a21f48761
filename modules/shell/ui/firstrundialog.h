#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QProgressDialog;
class QPushButton;

namespace Steward {
class ServiceLayer;
}

namespace Steward::Shell {

class DemoDataLoader;
class InlineMessage;

/** First start on an empty database: creates the first administrator (off the GUI thread) and,
 *  if asked, loads a small set of demonstration data with a cancellable progress dialog.
 *  Accepted once the administrator exists; the console then asks them to log in. */
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p offerDemoData shows "Load demonstration data" (only for a platform without users). */
    explicit FirstRunDialog(ServiceLayer &services, bool offerDemoData = true,
                            QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    /** The administrator's username once created. */
    QString createdUsername() const { return m_createdUsername; }
    /** What happened to the demonstration data, for the next screen; empty if not asked for. */
    QString outcomeNotice() const { return m_outcomeNotice; }
    bool isBusy() const { return m_busy; }

    void reject() override;

private:
    bool validate();
    void create();
    void loadDemoData();
    void setBusy(bool busy);

    ServiceLayer &m_services;
    QString m_createdUsername;
    QString m_outcomeNotice;
    bool m_busy = false;
    bool m_triedOnce = false;

    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordConfirm = nullptr;
    InlineMessage *m_usernameError = nullptr;
    InlineMessage *m_passwordError = nullptr;
    InlineMessage *m_confirmError = nullptr;
    QCheckBox *m_loadDemoData = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    DemoDataLoader *m_loader = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace Steward::Shell
