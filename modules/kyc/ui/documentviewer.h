#pragma once

#include "casedocument.h"
#include "documentpane.h"

#include <QByteArray>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Steward::Shell {
class InlineMessage;
}

namespace Steward::Kyc {

/** A case's document and selfie side by side, each side zoomable and with its own attempt
 *  picker for comparing attempts. The images stay masked until revealed: the viewer offers the
 *  "Reveal documents…" button (only to operators who may reveal) and shows the contents it is
 *  given once for the case, until another case is shown. */
class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget *parent = nullptr);

    /** Shows @p caseId's documents. The same case again keeps what is revealed and which
     *  documents each side shows; another case starts masked. */
    void setCase(qint64 caseId, const QList<CaseDocument> &documents);
    qint64 caseId() const { return m_caseId; }
    /** Whether the operator may reveal documents; without, the button is hidden. */
    void setRevealAllowed(bool isAllowed);
    /** The revealed images by document id. */
    void setRevealed(const QHash<qint64, QByteArray> &contents);
    /** True when every image of the case that was not purged is revealed. */
    bool isRevealed() const { return m_isRevealed; }
    /** A reveal failed: shows @p message by the button. */
    void showRevealError(const QString &message);

    DocumentPane *leftPane() const { return m_left; }
    DocumentPane *rightPane() const { return m_right; }
    QPushButton *revealButton() const { return m_reveal; }

Q_SIGNALS:
    void revealRequested();

private:
    void updateAccess();

    qint64 m_caseId = 0;
    QList<CaseDocument> m_documents;
    QHash<qint64, QByteArray> m_contents;
    bool m_isRevealed = false;
    bool m_isRevealAllowed = false;

    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_reveal = nullptr;
    Shell::InlineMessage *m_revealError = nullptr;
    DocumentPane *m_left = nullptr;
    DocumentPane *m_right = nullptr;
};

} // namespace Steward::Kyc
