#include "documentpane.h"

#include "documentcanvas.h"
#include "kyctext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Steward::Kyc {

namespace {

QToolButton *zoomButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

DocumentPane::DocumentPane(const QString &accessibleSide, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(accessibleSide);

    m_attempts = new QComboBox(this);
    m_attempts->setAccessibleName(tr("%1: attempt").arg(accessibleSide));
    m_attempts->setToolTip(tr("Which of the applicant's attempts to show"));
    m_attempts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kinds = new QComboBox(this);
    m_kinds->setAccessibleName(tr("%1: document").arg(accessibleSide));
    m_kinds->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_zoomOut = zoomButton(QStringLiteral("−"), tr("Zoom out (−, Ctrl+wheel)"), this);
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn = zoomButton(QStringLiteral("+"), tr("Zoom in (+, Ctrl+wheel)"), this);
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_fit = zoomButton(tr("Fit"), tr("Show the whole document (0)"), this);
    m_actualSize = zoomButton(tr("100 %"), tr("Show the image at its real size (1)"), this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(tr("Fit · 1600 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);

    m_details = new QLabel(this);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    // Long details are cut rather than widening the pane; the tooltip has them in full.
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *pickers = new QHBoxLayout;
    pickers->setSpacing(4);
    pickers->addWidget(m_attempts);
    pickers->addWidget(m_kinds, 1);

    auto *zoom = new QHBoxLayout;
    zoom->setSpacing(2);
    zoom->addWidget(m_details, 1);
    zoom->addWidget(m_zoomOut);
    zoom->addWidget(m_zoomLabel);
    zoom->addWidget(m_zoomIn);
    zoom->addWidget(m_fit);
    zoom->addWidget(m_actualSize);

    m_canvas = new DocumentCanvas(this);
    m_canvas->setAccessibleName(tr("%1: image").arg(accessibleSide));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(pickers);
    layout->addLayout(zoom);
    layout->addWidget(m_canvas, 1);

    connect(m_attempts, &QComboBox::activated, this, [this] {
        fillKinds(currentKind(), {});
        showCurrent();
    });
    connect(m_kinds, &QComboBox::activated, this, &DocumentPane::showCurrent);
    connect(m_zoomOut, &QToolButton::clicked, m_canvas, &DocumentCanvas::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_canvas, &DocumentCanvas::zoomIn);
    connect(m_fit, &QToolButton::clicked, m_canvas, &DocumentCanvas::fitToWindow);
    connect(m_actualSize, &QToolButton::clicked, m_canvas, &DocumentCanvas::showActualSize);
    connect(m_canvas, &DocumentCanvas::zoomChanged, this, &DocumentPane::updateZoomControls);

    setTabOrder(m_attempts, m_kinds);
    setTabOrder(m_kinds, m_canvas);
    setTabOrder(m_canvas, m_zoomOut);
    setTabOrder(m_zoomOut, m_zoomIn);
    setTabOrder(m_zoomIn, m_fit);
    setTabOrder(m_fit, m_actualSize);
    showCurrent();
}

void DocumentPane::setDocuments(const QList<CaseDocument> &documents,
                                const QStringList &preferredKinds)
{
    const int keepAttempt = currentAttempt();
    const QString keepKind = currentKind();
    m_documents = documents;

    QList<int> attempts;
    for (const CaseDocument &document : documents)
        if (!attempts.contains(document.attempt))
            attempts << document.attempt;
    std::sort(attempts.begin(), attempts.end(), std::greater<>());

    // A new attempt arriving is what the reviewer has to look at next.
    const int previousLatest = m_attempts->count() > 0 ? m_attempts->itemData(0).toInt() : 0;
    const bool hasNewAttempt = !attempts.isEmpty() && attempts.first() != previousLatest;
    m_attempts->clear();
    for (int attempt : std::as_const(attempts)) {
        m_attempts->addItem(attempt == attempts.first() ? tr("Attempt %1 (latest)").arg(attempt)
                                                        : tr("Attempt %1").arg(attempt),
                            attempt);
    }
    const int keptIndex = hasNewAttempt ? -1 : m_attempts->findData(keepAttempt);
    m_attempts->setCurrentIndex(keptIndex >= 0 ? keptIndex : 0);
    m_attempts->setEnabled(attempts.size() > 1);
    fillKinds(keptIndex >= 0 || hasNewAttempt ? keepKind : QString(), preferredKinds);
    showCurrent();
}

void DocumentPane::setAccess(Access access, const QHash<qint64, QByteArray> &contents)
{
    m_access = access;
    m_contents = contents;
    showCurrent();
}

bool DocumentPane::showDocument(int attempt, const QString &kind)
{
    const int attemptIndex = m_attempts->findData(attempt);
    if (attemptIndex < 0)
        return false;
    m_attempts->setCurrentIndex(attemptIndex);
    fillKinds(kind, {});
    showCurrent();
    return currentKind() == kind;
}

int DocumentPane::currentAttempt() const
{
    return m_attempts->currentData().toInt();
}

QString DocumentPane::currentKind() const
{
    return m_kinds->currentData().toString();
}

const CaseDocument *DocumentPane::currentDocument() const
{
    const int attempt = currentAttempt();
    const QString kind = currentKind();
    for (const CaseDocument &document : m_documents)
        if (document.attempt == attempt && document.kind == kind)
            return &document;
    return nullptr;
}

void DocumentPane::fillKinds(const QString &keepKind, const QStringList &preferredKinds)
{
    const int attempt = currentAttempt();
    QStringList kinds;
    for (const CaseDocument &document : std::as_const(m_documents))
        if (document.attempt == attempt && !kinds.contains(document.kind))
            kinds << document.kind;
    m_kinds->clear();
    for (const QString &kind : std::as_const(kinds))
        m_kinds->addItem(KycText::documentKindName(kind), kind);
    m_kinds->setEnabled(kinds.size() > 1);

    QString wanted = keepKind;
    if (!kinds.contains(wanted)) {
        wanted.clear();
        for (const QString &preferred : preferredKinds) {
            if (kinds.contains(preferred)) {
                wanted = preferred;
                break;
            }
        }
    }
    const int index = m_kinds->findData(wanted);
    m_kinds->setCurrentIndex(index >= 0 ? index : 0);
}

void DocumentPane::showCurrent()
{
    const CaseDocument *document = currentDocument();
    if (!document) {
        m_details->clear();
        m_canvas->showMessage(m_documents.isEmpty() ? tr("No documents were submitted.")
                                                    : tr("No document in this attempt."));
        updateZoomControls();
        return;
    }

    QStringList details;
    if (!document->issuingCountry.isEmpty())
        details << tr("Issued in %1").arg(document->issuingCountry);
    if (document->expiresAt > 0)
        details << tr("expires %1").arg(KycText::date(document->expiresAt));
    m_details->setText(details.join(QStringLiteral(" · ")));
    if (!document->mimeType.isEmpty())
        details << document->mimeType;
    m_details->setToolTip(details.join(QStringLiteral(" · ")));

    if (document->isPurged) {
        m_canvas->showMessage(document->purgedAt > 0
                                  ? tr("Purged on %1 under the retention policy; the decision "
                                       "record is kept.")
                                        .arg(KycText::date(document->purgedAt))
                                  : tr("Purged under the retention policy; the decision record "
                                       "is kept."));
    } else if (const auto content = m_contents.constFind(document->id);
               content != m_contents.cend()) {
        m_canvas->setImage(*content, document->mimeType);
    } else if (m_access == Access::Hidden) {
        m_canvas->showMessage(tr("Hidden until the documents are revealed"), true);
    } else if (m_access == Access::NotPermitted) {
        m_canvas->showMessage(tr("Hidden: your role may not reveal documents"), true);
    } else {
        m_canvas->showMessage(tr("The image of this document is not available."));
    }
    updateZoomControls();
}

void DocumentPane::updateZoomControls()
{
    const bool hasImage = m_canvas->hasImage();
    for (QToolButton *button : {m_zoomOut, m_zoomIn, m_fit, m_actualSize})
        button->setEnabled(hasImage);
    if (!hasImage) {
        m_zoomLabel->clear();
        return;
    }
    const ImageZoom &zoom = m_canvas->zoom();
    m_zoomLabel->setText(zoom.isFitting() ? tr("Fit · %1 %").arg(zoom.percent())
                                          : tr("%1 %").arg(zoom.percent()));
    m_zoomIn->setEnabled(zoom.scale() < ImageZoom::MaximumScale);
    m_zoomOut->setEnabled(zoom.scale() > ImageZoom::MinimumScale);
}

} // namespace Steward::Kyc
