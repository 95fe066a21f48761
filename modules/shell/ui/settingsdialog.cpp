#include "settingsdialog.h"

#include "inlinemessage.h"
#include "rememberedlogin.h"
#include "settingssection.h"
#include "theme.h"

#include "consolesettings.h"
#include "databaseurl.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Steward::Shell {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsDialog::SettingsDialog(const QString &databaseInUse, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_themeAtOpen = Theme::current();

    // Database
    auto *databaseBox = new QGroupBox(tr("Database"), this);
    m_databaseUrl = new QLineEdit(ConsoleSettings::databaseUrl().value(), databaseBox);
    m_databaseUrl->setObjectName(QStringLiteral("databaseUrl"));
    m_databaseUrl->setPlaceholderText(DatabaseUrl::defaultSqlite().displayString());
    m_databaseUrl->setClearButtonEnabled(true);
    m_databaseUrl->setToolTip(tr("sqlite:///path/to/steward.db or "
                                 "postgresql://user@host:5432/steward?sslmode=require. "
                                 "Leave empty for the embedded database."));
    m_databaseMessage = new InlineMessage(databaseBox);
    m_databaseMessage->setObjectName(QStringLiteral("databaseUrlMessage"));
    // The field, its validation message (hidden while empty) and the note in one column.
    auto *urlColumn = new QVBoxLayout;
    urlColumn->setSpacing(4);
    urlColumn->addWidget(m_databaseUrl);
    urlColumn->addWidget(m_databaseMessage);
    urlColumn->addWidget(noteLabel(tr("Steward connects to a new database the next time it "
                                      "starts. Leave the field empty for the embedded database; "
                                      "--database and STEWARD_DATABASE_URL take precedence."),
                                   databaseBox));
    auto *databaseLayout = new QFormLayout(databaseBox);
    databaseLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *inUse = new QLabel(databaseInUse, databaseBox);
    inUse->setObjectName(QStringLiteral("databaseInUse"));
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    databaseLayout->addRow(tr("In use now:"), inUse);
    auto *urlLabel = new QLabel(tr("&URL:"), databaseBox);
    urlLabel->setBuddy(m_databaseUrl);
    databaseLayout->addRow(urlLabel, urlColumn);
    connect(m_databaseUrl, &QLineEdit::textEdited, this, &SettingsDialog::validateDatabaseUrl);

    // Appearance
    auto *appearanceBox = new QGroupBox(tr("Appearance"), this);
    m_theme = new QComboBox(appearanceBox);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    selectData(m_theme, ConsoleSettings::theme().value());
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { Theme::apply(m_theme->currentData().toString()); });
    m_language = new QComboBox(appearanceBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Same as the system"), QStringLiteral("system"));
    // Language names stay in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    selectData(m_language, ConsoleSettings::language().value());
    m_theme->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_language->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *appearanceLayout = new QFormLayout(appearanceBox);
    appearanceLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    appearanceLayout->addRow(tr("&Theme:"), m_theme);
    appearanceLayout->addRow(tr("&Language:"), m_language);
    appearanceLayout->addRow(
        QString(),
        noteLabel(tr("A new language applies the next time Steward starts."), appearanceBox));

    // Security
    auto *securityBox = new QGroupBox(tr("Security"), this);
    m_idleLockMinutes = new QSpinBox(securityBox);
    m_idleLockMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLockMinutes->setRange(0, 240);
    m_idleLockMinutes->setSuffix(tr(" min"));
    m_idleLockMinutes->setSpecialValueText(tr("Never"));
    m_idleLockMinutes->setValue(ConsoleSettings::idleLockMinutes().value());
    m_idleLockMinutes->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_rememberedLogin = new QLabel(securityBox);
    m_rememberedLogin->setObjectName(QStringLiteral("rememberedLogin"));
    m_forgetLogin = new QPushButton(tr("Forget remembered login"), securityBox);
    m_forgetLogin->setObjectName(QStringLiteral("forgetLoginButton"));
    connect(m_forgetLogin, &QPushButton::clicked, this, &SettingsDialog::forgetLoginRequested);
    auto *rememberedRow = new QHBoxLayout;
    rememberedRow->addWidget(m_rememberedLogin, 1);
    rememberedRow->addWidget(m_forgetLogin);
    auto *securityLayout = new QFormLayout(securityBox);
    securityLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    securityLayout->addRow(tr("Lock after &idle time:"), m_idleLockMinutes);
    securityLayout->addRow(tr("Remembered login:"), rememberedRow);
    refreshRememberedLogin();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(databaseBox);
    generalLayout->addWidget(appearanceBox);
    generalLayout->addWidget(securityBox);
    generalLayout->addStretch(1);

    // The tab bar appears once a module adds a section.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->addTab(general, tr("General"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::addSection(const QString &title, SettingsSection *section)
{
    m_sections << section;
    m_tabs->addTab(section, title);
}

void SettingsDialog::refreshRememberedLogin()
{
    const QString username = RememberedLogin::username();
    m_rememberedLogin->setText(username.isEmpty() ? tr("None")
                                                  : tr("%1, on this computer").arg(username));
    m_forgetLogin->setEnabled(!username.isEmpty());
}

bool SettingsDialog::validateDatabaseUrl()
{
    const QString text = m_databaseUrl->text().trimmed();
    if (text.isEmpty()) {
        m_databaseMessage->clear();
        return true;
    }
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    if (!url) {
        m_databaseMessage->showError(error);
        return false;
    }
    if (!url->password().isEmpty()) {
        // Settings are plain text; a password belongs in ~/.pgpass or the environment.
        m_databaseMessage->showError(tr("Leave the password out: settings are not a safe place "
                                        "for it. Put it in ~/.pgpass (or PGPASSFILE) instead."));
        return false;
    }
    m_databaseMessage->clear();
    return true;
}

void SettingsDialog::accept()
{
    if (!validateDatabaseUrl()) {
        m_tabs->setCurrentIndex(0);
        m_databaseUrl->setFocus();
        return;
    }
    for (SettingsSection *section : std::as_const(m_sections)) {
        if (!section->validate()) {
            m_tabs->setCurrentWidget(section);
            return;
        }
    }
    const QString url = m_databaseUrl->text().trimmed();
    if (url.isEmpty())
        ConsoleSettings::databaseUrl().reset();
    else
        ConsoleSettings::databaseUrl().setValue(url);
    ConsoleSettings::theme().setValue(m_theme->currentData().toString());
    ConsoleSettings::language().setValue(m_language->currentData().toString());
    ConsoleSettings::idleLockMinutes().setValue(m_idleLockMinutes->value());
    for (SettingsSection *section : std::as_const(m_sections))
        section->save();
    Q_EMIT settingsSaved();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    // The theme was only previewed.
    if (Theme::current() != m_themeAtOpen)
        Theme::apply(m_themeAtOpen);
    QDialog::reject();
}

} // namespace Steward::Shell
