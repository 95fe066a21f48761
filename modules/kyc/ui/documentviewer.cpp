#include "documentviewer.h"

#include "inlinemessage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QComboBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Steward::Kyc {

namespace {

// What each side shows first: the identity document on the left, the face on the right.
const QStringList &documentKinds()
{
    static const QStringList kinds = {QStringLiteral("passport"),
                                      QStringLiteral("national_id"),
                                      QStringLiteral("driving_license"),
                                      QStringLiteral("residence_permit"),
                                      QStringLiteral("business_registration"),
                                      QStringLiteral("vehicle_registration"),
                                      QStringLiteral("property_deed"),
                                      QStringLiteral("proof_of_address"),
                                      QStringLiteral("insurance")};
    return kinds;
}

} // namespace

DocumentViewer::DocumentViewer(QWidget *parent) : QWidget(parent)
{
    m_banner = new QWidget(this);
    m_bannerText = new QLabel(
        tr("Documents and selfies are hidden. Revealing them asks for a reason and is recorded "
           "in the audit log."),
        m_banner);
    m_bannerText->setWordWrap(true);
    m_reveal = new QPushButton(tr("Re&veal documents…"), m_banner);
    m_reveal->setToolTip(tr("Show this case's images, after giving a reason (Ctrl+Shift+D)"));
    m_reveal->setAutoDefault(false);
    m_revealError = new Shell::InlineMessage(m_banner);
    auto *bannerLayout = new QGridLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_bannerText, 0, 0);
    bannerLayout->addWidget(m_reveal, 0, 1);
    bannerLayout->addWidget(m_revealError, 1, 0, 1, 2);
    bannerLayout->setColumnStretch(0, 1);

    m_left = new DocumentPane(tr("Left document"), this);
    m_right = new DocumentPane(tr("Right document"), this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_left);
    splitter->addWidget(m_right);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_reveal, &QPushButton::clicked, this, &DocumentViewer::revealRequested);
    setTabOrder(m_reveal, m_left->attemptPicker());
    updateAccess();
}

void DocumentViewer::setCase(qint64 caseId, const QList<CaseDocument> &documents)
{
    if (caseId != m_caseId) {
        m_caseId = caseId;
        m_contents.clear();
        m_revealError->clear();
        // A new case starts on its latest attempt, not on whatever the last case showed.
        m_left->setDocuments({}, {});
        m_right->setDocuments({}, {});
    }
    m_documents = documents;

    QStringList leftKinds = documentKinds();
    QStringList rightKinds{QStringLiteral("selfie")};
    // Without a selfie the right side shows the second document of the latest attempt.
    int latest = 0;
    for (const CaseDocument &document : documents)
        latest = std::max(latest, document.attempt);
    QStringList present;
    for (const CaseDocument &document : documents)
        if (document.attempt == latest)
            present << document.kind;
    QString leftFirst;
    for (const QString &kind : std::as_const(leftKinds)) {
        if (present.contains(kind)) {
            leftFirst = kind;
            break;
        }
    }
    for (const QString &kind : std::as_const(leftKinds))
        if (kind != leftFirst)
            rightKinds << kind;
    m_left->setDocuments(documents, leftKinds);
    m_right->setDocuments(documents, rightKinds);
    updateAccess();
}

void DocumentViewer::setRevealAllowed(bool isAllowed)
{
    m_isRevealAllowed = isAllowed;
    updateAccess();
}

void DocumentViewer::setRevealed(const QHash<qint64, QByteArray> &contents)
{
    m_contents = contents;
    m_revealError->clear();
    updateAccess();
}

void DocumentViewer::showRevealError(const QString &message)
{
    m_revealError->showError(message);
}

void DocumentViewer::updateAccess()
{
    // Revealed means every image there is was revealed: an attempt that arrived after the
    // reveal needs one of its own.
    bool hasImages = false;
    bool isEverythingShown = true;
    for (const CaseDocument &document : std::as_const(m_documents)) {
        if (document.isPurged)
            continue;
        hasImages = true;
        isEverythingShown = isEverythingShown && m_contents.contains(document.id);
    }
    m_isRevealed = hasImages && isEverythingShown;
    m_banner->setVisible(hasImages && !m_isRevealed);
    m_reveal->setVisible(m_isRevealAllowed);
    m_bannerText->setText(
        m_isRevealAllowed
            ? tr("Documents and selfies are hidden. Revealing them asks for a reason and is "
                 "recorded in the audit log.")
            : tr("Documents and selfies are hidden: your role may not reveal them."));
    const DocumentPane::Access access = m_isRevealed        ? DocumentPane::Access::Revealed
                                        : m_isRevealAllowed ? DocumentPane::Access::Hidden
                                                            : DocumentPane::Access::NotPermitted;
    m_left->setAccess(access, m_contents);
    m_right->setAccess(access, m_contents);
}

} // namespace Steward::Kyc
