#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Steward::Shell {

class InlineMessage;
class SettingsSection;

/** The per-console settings (ConsoleSettings): database URL (validated, used at the next
 *  start), theme (previewed at once, kept on OK), language (next start), idle lock, and
 *  forgetting a remembered login; then a tab for each section the modules contribute. OK saves
 *  everything only when every part accepts its input. */
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

    /** Adds a module's section on a tab titled @p title; the dialog takes ownership. */
    void addSection(const QString &title, SettingsSection *section);
    QList<SettingsSection *> sections() const { return m_sections; }

Q_SIGNALS:
    /** The operator asked to forget the remembered login; the window revokes and removes it. */
    void forgetLoginRequested();
    /** The settings were saved. */
    void settingsSaved();

private:
    bool validateDatabaseUrl();

    QString m_themeAtOpen;
    QTabWidget *m_tabs = nullptr;
    QList<SettingsSection *> m_sections;
    QLineEdit *m_databaseUrl = nullptr;
    InlineMessage *m_databaseMessage = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_idleLockMinutes = nullptr;
    QLabel *m_rememberedLogin = nullptr;
    QPushButton *m_forgetLogin = nullptr;
};

} // namespace Steward::Shell
