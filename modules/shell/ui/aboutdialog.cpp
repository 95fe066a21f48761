#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtGlobal>

namespace Steward::Shell {

AboutDialog::AboutDialog(const QString &databaseName, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Steward"));

    auto *title = new QLabel(tr("Steward %1").arg(QStringLiteral(STEWARD_VERSION)), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *summary = new QLabel(tr("The operations console for the platform's staff: support, "
                                  "moderation, finance and administration."),
                               this);
    summary->setWordWrap(true);

    auto *facts = new QFormLayout;
    auto addFact = [this, facts](const QString &label, const QString &value,
                                 const QString &objectName) {
        auto *text = new QLabel(value, this);
        text->setObjectName(objectName);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, text);
    };
    addFact(tr("Version:"), QStringLiteral(STEWARD_VERSION), QStringLiteral("version"));
    addFact(tr("Qt:"),
            tr("%1 (built with %2)")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
            QStringLiteral("qtVersion"));
    addFact(tr("System:"), QSysInfo::prettyProductName(), QStringLiteral("system"));
    addFact(tr("Database:"), databaseName, QStringLiteral("database"));

    auto *licence = new QLabel(tr("Steward is proprietary software for the platform's staff. It "
                                  "uses Qt (LGPLv3), OpenSSL (Apache 2.0), QtKeychain (BSD) and "
                                  "libqrencode (LGPLv2.1)."),
                               this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);
    licence->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(8);
    layout->addLayout(facts);
    layout->addSpacing(8);
    layout->addWidget(licence);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace Steward::Shell
