#pragma once

#include <QLabel>

namespace Steward::Shell {

/** A word-wrapped message line inside a form: hidden while empty, red for errors, green for
 *  success, plain for information. Service messages arrive in lower case; they are shown as a
 *  sentence. Inside a dialog, the dialog grows when needed to show the whole message. */
class InlineMessage : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Information, Error, Success };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showSuccess(const QString &text) { showMessage(Kind::Success, text); }
    void showInformation(const QString &text) { showMessage(Kind::Information, text); }
    void showMessage(Kind kind, const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind == Kind::Error && !text().isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColor();
    void growDialogToFit();

    Kind m_kind = Kind::Information;
};

} // namespace Steward::Shell
