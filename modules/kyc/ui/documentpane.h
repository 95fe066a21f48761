#pragma once

#include "casedocument.h"

#include <QByteArray>
#include <QFrame>
#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QToolButton;

namespace Steward::Kyc {

class DocumentCanvas;

/** One side of the document viewer: an attempt picker, a document picker, the zoom controls and
 *  the image. Each side picks its own attempt, so the current selfie can be compared with the
 *  one of an earlier attempt. */
class DocumentPane : public QFrame
{
    Q_OBJECT
public:
    /** How the images of the case are available. */
    enum class Access {
        Hidden,       ///< Not revealed yet: a masked outline.
        NotPermitted, ///< The operator may not reveal them.
        Revealed,     ///< Revealed: contents are shown.
    };

    explicit DocumentPane(const QString &accessibleSide, QWidget *parent = nullptr);

    /** The case's documents (every attempt); keeps the current attempt and kind when present,
     *  otherwise shows @p preferredKinds' first match in the latest attempt. */
    void setDocuments(const QList<CaseDocument> &documents, const QStringList &preferredKinds);
    /** How the images are available, with the revealed contents by document id; a document
     *  with content is shown whatever @p access says. */
    void setAccess(Access access, const QHash<qint64, QByteArray> &contents = {});

    /** Shows the document of @p kind in @p attempt, if there is one. */
    bool showDocument(int attempt, const QString &kind);
    int currentAttempt() const;
    QString currentKind() const;
    /** The document on display, or nullptr. */
    const CaseDocument *currentDocument() const;

    DocumentCanvas *canvas() const { return m_canvas; }
    QComboBox *attemptPicker() const { return m_attempts; }
    QComboBox *documentPicker() const { return m_kinds; }

private:
    void fillKinds(const QString &keepKind, const QStringList &preferredKinds);
    void showCurrent();
    void updateZoomControls();

    QList<CaseDocument> m_documents;
    QHash<qint64, QByteArray> m_contents;
    Access m_access = Access::Hidden;

    QComboBox *m_attempts = nullptr;
    QComboBox *m_kinds = nullptr;
    QLabel *m_details = nullptr;
    DocumentCanvas *m_canvas = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_actualSize = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace Steward::Kyc
