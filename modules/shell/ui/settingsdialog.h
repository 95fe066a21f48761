#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Steward::Shell {

class InlineMessage;

/** The per-console settings (ConsoleSettings): database URL (validated, used at the next
 *  start), theme (previewed at once, kept on OK), language (next start), idle lock, and
 *  forgetting a remembered login. */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p databaseInUse is the display form of the database this console runs on now. */
    explicit SettingsDialog(const QString &databaseInUse, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

    /** Re-reads whether a login is remembered (after the window forgot it). */
    void refreshRememberedLogin();

Q_SIGNALS:
    /** The operator asked to forget the remembered login; the window revokes and removes it. */
    void forgetLoginRequested();
    /** The settings were saved. */
    void settingsSaved();

private:
    bool validateDatabaseUrl();

    QString m_themeAtOpen;
    QLineEdit *m_databaseUrl = nullptr;
    InlineMessage *m_databaseMessage = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_idleLockMinutes = nullptr;
    QLabel *m_rememberedLogin = nullptr;
    QPushButton *m_forgetLogin = nullptr;
};

} // namespace Steward::Shell
