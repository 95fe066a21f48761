#include "moderationsettingssection.h"

#include "keycapturefield.h"
#include "moderationconsolesettings.h"
#include "photoloader.h"

#include "consolesession.h"
#include "inlinemessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Steward::Moderation {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ModerationSettingsSection::ModerationSettingsSection(Shell::ConsoleSession &session,
                                                     QWidget *parent)
    : Shell::SettingsSection(parent), m_session(session), m_bindings(TriageBindings::load())
{
    setObjectName(QStringLiteral("settings:moderation"));

    // Photos
    auto *photosBox = new QGroupBox(tr("Photos"), this);
    m_blur = new QCheckBox(tr("&Blur reported photos until I reveal them"), photosBox);
    m_blur->setObjectName(QStringLiteral("blurPhotos"));
    m_blur->setEnabled(false);
    m_photoAddress = new QLineEdit(ModerationConsoleSettings::photoAddress().value(), photosBox);
    m_photoAddress->setObjectName(QStringLiteral("photoAddress"));
    m_photoAddress->setPlaceholderText(QStringLiteral("https://media.example.com/"));
    m_photoAddress->setClearButtonEnabled(true);
    m_photoMessage = new Shell::InlineMessage(photosBox);
    auto *photosLayout = new QFormLayout(photosBox);
    photosLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    photosLayout->addRow(m_blur);
    photosLayout->addRow(QString(), noteLabel(tr("Kept with your operator account, so it "
                                                 "applies on every console you use."),
                                              photosBox));
    auto *addressColumn = new QVBoxLayout;
    addressColumn->setSpacing(4);
    addressColumn->addWidget(m_photoAddress);
    addressColumn->addWidget(m_photoMessage);
    addressColumn->addWidget(noteLabel(tr("Where this console loads photos from: the platform's "
                                          "media address or a folder (file:///…)."),
                                       photosBox));
    auto *addressLabel = new QLabel(tr("Photo &address:"), photosBox);
    addressLabel->setBuddy(m_photoAddress);
    photosLayout->addRow(addressLabel, addressColumn);

    // Keys
    auto *keysBox = new QGroupBox(tr("Keyboard triage"), this);
    m_keys = new QTreeWidget(keysBox);
    m_keys->setObjectName(QStringLiteral("triageKeys"));
    m_keys->setHeaderLabels({tr("Command"), tr("Key")});
    m_keys->setRootIsDecorated(false);
    m_keys->setAlternatingRowColors(true);
    m_keys->setUniformRowHeights(true);
    m_keys->header()->setStretchLastSection(true);
    m_keys->setMinimumHeight(fontMetrics().height() * 10);
    m_keyEdit = new KeyCaptureField(keysBox);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setToolTip(tr("Click, then press the new key"));
    m_clearKey = new QPushButton(tr("&No key"), keysBox);
    m_clearKey->setAutoDefault(false);
    m_defaults = new QPushButton(tr("Restore &defaults"), keysBox);
    m_defaults->setAutoDefault(false);
    m_keyMessage = new Shell::InlineMessage(keysBox);
    m_keyMessage->setObjectName(QStringLiteral("keyMessage"));
    auto *keyLabel = new QLabel(tr("&Key:"), keysBox);
    keyLabel->setBuddy(m_keyEdit);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(keyLabel);
    editRow->addWidget(m_keyEdit, 1);
    editRow->addWidget(m_clearKey);
    editRow->addStretch(1);
    editRow->addWidget(m_defaults);
    auto *keysLayout = new QVBoxLayout(keysBox);
    keysLayout->addWidget(m_keys, 1);
    keysLayout->addLayout(editRow);
    keysLayout->addWidget(m_keyMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(photosBox);
    layout->addWidget(keysBox, 1);

    fillKeys();
    m_keys->setCurrentItem(m_keys->topLevelItem(0));
    commandChosen();

    connect(m_keys, &QTreeWidget::currentItemChanged, this, [this] {
        m_keyMessage->clear();
        commandChosen();
    });
    connect(m_keyEdit, &KeyCaptureField::keyCaptured, this,
            [this](const QKeySequence &key) { setKey(currentCommand(), key); });
    connect(m_clearKey, &QPushButton::clicked, this,
            [this] { setKey(currentCommand(), QKeySequence()); });
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        m_bindings.restoreDefaults();
        m_keyMessage->showInformation(tr("Every command has its default key again."));
        fillKeys();
        commandChosen();
    });
    connect(m_photoAddress, &QLineEdit::textEdited, this, &ModerationSettingsSection::validate);

    m_session.call(
        QStringLiteral("moderation.preferences"), {}, this, [this](const CommandResult &result) {
            if (!result.ok()) {
                m_blur->setToolTip(result.message);
                return;
            }
            const QJsonObject preferences = result.data.toObject();
            m_blurAtOpen = preferences.value(QStringLiteral("blur_images")).toBool(true);
            m_preferencesVersion = preferences.value(QStringLiteral("version")).toInteger();
            m_hasPreferences = true;
            m_blur->setChecked(m_blurAtOpen);
            m_blur->setEnabled(true);
        });
}

void ModerationSettingsSection::fillKeys()
{
    const QString current =
        m_keys->currentItem() ? m_keys->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_keys->clear();
    QFont keyFont = m_keys->font();
    keyFont.setBold(true);
    for (TriageBindings::Command command : TriageBindings::commands()) {
        const QString key = m_bindings.keyText(command);
        auto *item = new QTreeWidgetItem(
            m_keys, {TriageBindings::title(command), key.isEmpty() ? tr("(none)") : key});
        item->setData(0, Qt::UserRole, TriageBindings::id(command));
        item->setFont(1, keyFont);
        if (TriageBindings::id(command) == current)
            m_keys->setCurrentItem(item);
    }
    m_keys->resizeColumnToContents(0);
}

TriageBindings::Command ModerationSettingsSection::currentCommand() const
{
    const QString id =
        m_keys->currentItem() ? m_keys->currentItem()->data(0, Qt::UserRole).toString() : QString();
    for (TriageBindings::Command command : TriageBindings::commands())
        if (TriageBindings::id(command) == id)
            return command;
    return TriageBindings::Command::Next;
}

void ModerationSettingsSection::selectCommand(TriageBindings::Command command)
{
    for (int row = 0; row < m_keys->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_keys->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == TriageBindings::id(command))
            m_keys->setCurrentItem(item);
    }
}

void ModerationSettingsSection::commandChosen()
{
    m_keyEdit->setKey(m_bindings.key(currentCommand()));
}

bool ModerationSettingsSection::setKey(TriageBindings::Command command, const QKeySequence &key)
{
    selectCommand(command);
    const QString problem = m_bindings.bind(command, key);
    if (!problem.isEmpty()) {
        m_keyMessage->showError(problem);
        commandChosen();
        return false;
    }
    m_keyMessage->showSuccess(
        key.isEmpty()
            ? tr("“%1” has no key now.").arg(TriageBindings::title(command))
            : tr("“%1” is now on %2.")
                  .arg(TriageBindings::title(command), key.toString(QKeySequence::NativeText)));
    fillKeys();
    commandChosen();
    return true;
}

bool ModerationSettingsSection::validate()
{
    const QString address = m_photoAddress->text().trimmed();
    if (address.isEmpty()) {
        m_photoMessage->clear();
        return true;
    }
    const QUrl url = QUrl::fromUserInput(address);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
                           scheme != QLatin1String("file"))) {
        m_photoMessage->showError(
            tr("Use an http://, https:// or file:// address, or a folder path."));
        return false;
    }
    m_photoMessage->clear();
    return true;
}

void ModerationSettingsSection::save()
{
    const QString address = m_photoAddress->text().trimmed();
    if (address.isEmpty())
        ModerationConsoleSettings::photoAddress().reset();
    else
        ModerationConsoleSettings::photoAddress().setValue(QUrl::fromUserInput(address).toString());
    m_bindings.save();
    if (m_blur->isEnabled() && m_blur->isChecked() != m_blurAtOpen) {
        // Kept in the database; open pages hear of it through the commit.
        QJsonObject params{{QStringLiteral("blur_images"), m_blur->isChecked()}};
        // No version while the operator still has the defaults.
        if (m_preferencesVersion > 0)
            params.insert(QStringLiteral("version"), m_preferencesVersion);
        m_session.call(QStringLiteral("moderation.preferences_save"), params, &m_session, {});
    }
}

} // namespace Steward::Moderation
