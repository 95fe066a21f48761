#include "firstrundialog.h"

#include "demodataloader.h"
#include "inlinemessage.h"

#include "authservice.h"
#include "errors.h"
#include "passwordhasher.h"
#include "servicelayer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Steward::Shell {

namespace {

/** A field with its validation message right below it. */
QWidget *fieldWithMessage(QWidget *field, InlineMessage *message, QWidget *parent)
{
    auto *container = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return container;
}

struct CreateOutcome
{
    QString username;
    QString error;
};

} // namespace

FirstRunDialog::FirstRunDialog(ServiceLayer &services, bool offerDemoData, QWidget *parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Steward"));

    auto *title = new QLabel(tr("Welcome to Steward"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("This database has no operators yet. Create the first "
                                "administrator: they can then add the other operators."),
                             this);
    intro->setWordWrap(true);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("e.g. jdoe"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setPlaceholderText(tr("Defaults to the username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("At least %1 characters").arg(PasswordHasher::kMinimumLength));
    m_passwordConfirm = new QLineEdit(this);
    m_passwordConfirm->setObjectName(QStringLiteral("passwordConfirm"));
    m_passwordConfirm->setEchoMode(QLineEdit::Password);

    m_usernameError = new InlineMessage(this);
    m_usernameError->setObjectName(QStringLiteral("usernameError"));
    m_passwordError = new InlineMessage(this);
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_confirmError = new InlineMessage(this);
    m_confirmError->setObjectName(QStringLiteral("passwordConfirmError"));

    m_loadDemoData = new QCheckBox(tr("Load demonstration data"), this);
    m_loadDemoData->setObjectName(QStringLiteral("loadDemoData"));
    m_loadDemoData->setToolTip(tr("Fills the database with a small, made-up platform (users, "
                                  "orders, rides, payouts…) to try Steward out. Do not use it "
                                  "on a production database."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Username:"), fieldWithMessage(m_username, m_usernameError, this));
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Password:"), fieldWithMessage(m_password, m_passwordError, this));
    form->addRow(tr("&Repeat password:"),
                 fieldWithMessage(m_passwordConfirm, m_confirmError, this));
    form->addRow(QString(), m_loadDemoData);
    m_loadDemoData->setVisible(offerDemoData);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("message"));

    auto *buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("Create administrator"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_cancelButton = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("quitButton"));
    connect(m_createButton, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    // After the first attempt, messages follow the typing instead of waiting for the button.
    for (QLineEdit *edit : {m_username, m_password, m_passwordConfirm})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_triedOnce)
                validate();
        });
    m_username->setFocus();
}

FirstRunDialog::~FirstRunDialog()
{
    if (m_loader)
        m_loader->cancel();
}

void FirstRunDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

bool FirstRunDialog::validate()
{
    bool valid = true;
    try {
        AuthService::normalizedUsername(m_username->text());
        m_usernameError->clear();
    } catch (const Error &error) {
        m_usernameError->showError(error.message());
        valid = false;
    }
    if (const QString weakness = PasswordHasher::weakness(m_password->text());
        !weakness.isEmpty()) {
        m_passwordError->showError(weakness);
        valid = false;
    } else {
        m_passwordError->clear();
    }
    if (m_passwordConfirm->text() != m_password->text()) {
        m_confirmError->showError(tr("The two passwords differ."));
        valid = false;
    } else {
        m_confirmError->clear();
    }
    return valid;
}

void FirstRunDialog::create()
{
    if (m_busy)
        return;
    m_triedOnce = true;
    m_message->clear();
    if (!validate())
        return;

    setBusy(true);
    m_message->showInformation(tr("Creating the administrator…"));
    AuthService *auth = &m_services.auth();
    const QString username = m_username->text();
    const QString displayName = m_displayName->text();
    const QString password = m_password->text();
    auto *watcher = new QFutureWatcher<CreateOutcome>(this);
    connect(watcher, &QFutureWatcher<CreateOutcome>::finished, this, [this, watcher] {
        const CreateOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.error.isEmpty()) {
            setBusy(false);
            m_message->showError(outcome.error);
            return;
        }
        m_createdUsername = outcome.username;
        m_password->clear();
        m_passwordConfirm->clear();
        // A new platform gets its personal-data key now, in the OS keychain (or the key file
        // named by STEWARD_KEY_FILE).
        PersonalDataVault &vault = m_services.personalData();
        if (!vault.isUnlocked() && !vault.unlockOrCreate())
            m_outcomeNotice = tr("Personal data stays locked until the platform's key is set up "
                                 "(%1).")
                                  .arg(vault.status());
        if (m_loadDemoData->isChecked() && !vault.isUnlocked()) {
            m_outcomeNotice = tr("Demonstration data was not loaded: it holds personal data, "
                                 "which needs the platform's key (%1).")
                                  .arg(vault.status());
            setBusy(false);
            accept();
        } else if (m_loadDemoData->isChecked()) {
            loadDemoData();
        } else {
            setBusy(false);
            accept();
        }
    });
    watcher->setFuture(QtConcurrent::run([auth, username, displayName, password] {
        CreateOutcome outcome;
        try {
            outcome.username = auth->createFirstAdmin(username, displayName, password).username;
        } catch (const Error &error) {
            outcome.error = error.message();
        } catch (const std::exception &error) {
            outcome.error = QString::fromLocal8Bit(error.what());
        }
        return outcome;
    }));
}

void FirstRunDialog::loadDemoData()
{
    m_message->showInformation(tr("Loading demonstration data…"));
    m_loader = new DemoDataLoader(m_services.database(), m_services.clock().now(),
                                  &m_services.personalData().cipher(), this);
    m_progress =
        new QProgressDialog(tr("Preparing demonstration data…"), tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("demoDataProgress"));
    m_progress->setWindowTitle(tr("Demonstration data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(420);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_loader, [this] {
        m_progress->setLabelText(tr("Cancelling…"));
        m_loader->cancel();
    });
    connect(m_loader, &DemoDataLoader::progress, m_progress,
            [this](const QString &table, qint64 rowsDone, qint64 rowsTotal) {
                m_progress->setLabelText(
                    tr("Writing %1… (%2 of %3 rows)")
                        .arg(table, QLocale().toString(rowsDone), QLocale().toString(rowsTotal)));
                if (rowsTotal > 0)
                    m_progress->setValue(
                        int(std::clamp<qint64>(rowsDone * 1000 / rowsTotal, 0, 1000)));
            });
    connect(m_loader, &DemoDataLoader::finished, this,
            [this](DemoDataLoader::Outcome outcome, const QString &detail) {
                m_progress->hide();
                m_progress->deleteLater();
                m_progress = nullptr;
                m_loader->deleteLater();
                m_loader = nullptr;
                switch (outcome) {
                case DemoDataLoader::Outcome::Loaded:
                    m_outcomeNotice = tr("Demonstration data loaded: %1.").arg(detail);
                    break;
                case DemoDataLoader::Outcome::Cancelled:
                    m_outcomeNotice = tr("Loading demonstration data was cancelled. The part "
                                         "already written stays in the database; to load it "
                                         "again, start over with an empty database.");
                    break;
                case DemoDataLoader::Outcome::Failed:
                    m_outcomeNotice = tr("Demonstration data could not be loaded: %1").arg(detail);
                    break;
                }
                setBusy(false);
                accept();
            });
    m_loader->start();
}

void FirstRunDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_username, m_displayName, m_password, m_passwordConfirm,
                                          m_loadDemoData, m_createButton, m_cancelButton})
        widget->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace Steward::Shell
