#pragma once

#include <QFrame>
#include <QTimer>

class QJsonArray;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Steward::Shell {
class ConsoleSession;
}

namespace Steward::People {

/** The Ctrl+K finder: a popup over the window where the operator types an email, a name or an
 *  id and sees matches as they type. Up/Down choose, Enter opens the person, Esc closes.
 *  Searches wait for a short pause in typing, and an answer to an older text is dropped so the
 *  list always matches what is in the box. */
class PersonSearchPopup : public QFrame
{
    Q_OBJECT
public:
    static constexpr int ResultLimit = 20;
    static constexpr int TypingPause = 150;

    PersonSearchPopup(Shell::ConsoleSession &session, QWidget *window);

    /** Opens a finder over @p window; choosing a person opens their view. */
    static PersonSearchPopup *showFor(Shell::ConsoleSession &session, QWidget *window);

    /** Shows the popup over the top of its window with the search box focused. */
    void popup();
    void setText(const QString &text);
    int resultCount() const;

Q_SIGNALS:
    /** The operator chose a person. */
    void personChosen(qint64 id);
    /** Results for the current text are shown. */
    void resultsShown(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void search();
    void showResults(const QJsonArray &users);
    void showMessage(const QString &message);
    void moveCurrent(int delta);
    void chooseCurrent();

    Shell::ConsoleSession &m_session;
    QLineEdit *m_edit = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_typingPause;
    /** Bumped on every edit; an answer carrying an older number is for text no longer shown. */
    quint64 m_request = 0;
    /** Enter was pressed before the answer for the current text came: open its first match. */
    bool m_chooseWhenShown = false;
};

} // namespace Steward::People
