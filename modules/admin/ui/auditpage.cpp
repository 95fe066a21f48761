#include "auditpage.h"

#include "auditlogmodel.h"

#include "consolesession.h"
#include "inlinemessage.h"
#include "recordtableview.h"
#include "theme.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Steward::Admin {

namespace {

/** An entry's before or after state, parsed; null when there was none (a creation or a
 *  deletion). */
QJsonObject parseState(const QString &json, bool *isPresent)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    *isPresent = document.isObject();
    return document.object();
}

QSet<QString> changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QSet<QString> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (after.value(it.key()) != it.value())
            keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()))
            keys.insert(it.key());
    return keys;
}

/** Shows @p state indented, with the lines of its @p changed top-level keys tinted. */
void showState(QPlainTextEdit *edit, const QString &raw, const QJsonObject &state, bool isPresent,
               const QSet<QString> &changed, const QColor &tint, const QString &absentText)
{
    if (!isPresent) {
        const QString trimmed = raw.trimmed();
        edit->setPlainText(trimmed.isEmpty() || trimmed == QLatin1String("null") ? absentText
                                                                                 : raw);
        edit->setExtraSelections({});
        return;
    }
    const QString text =
        QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Indented)).trimmed();
    edit->setPlainText(text);
    QList<QTextEdit::ExtraSelection> selections;
    // Indented output puts each top-level key at the start of its own line, four spaces in.
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        if (!line.startsWith(QLatin1String("    \"")) || line.startsWith(QLatin1String("     ")))
            continue;
        const qsizetype end = line.indexOf(QLatin1String("\": "), 5);
        if (end < 0 || !changed.contains(line.mid(5, end - 5)))
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(tint);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    edit->setExtraSelections(selections);
    // Long states (a user has twenty fields) would hide the change below the fold.
    if (!selections.isEmpty()) {
        edit->setTextCursor(selections.constFirst().cursor);
        edit->centerCursor();
    }
}

QPlainTextEdit *stateView(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

AuditPage::AuditPage(Shell::ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditLogModel(session, this))
{
    m_targetType = new QComboBox(this);
    m_targetType->setEditable(true);
    m_targetType->setInsertPolicy(QComboBox::NoInsert);
    m_targetType->addItems({QString(), QStringLiteral("user"), QStringLiteral("operator")});
    m_targetType->lineEdit()->setPlaceholderText(tr("Any target"));
    m_targetType->setMinimumContentsLength(12);
    m_targetType->setAccessibleName(tr("Target type"));
    m_targetId = new QLineEdit(this);
    m_targetId->setPlaceholderText(tr("Target ID"));
    m_targetId->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_targetId->setAccessibleName(tr("Target ID"));
    m_filter = new QPushButton(tr("&Filter"), this);
    m_clear = new QPushButton(tr("&Show all"), this);
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setToolTip(tr("Recompute every entry's hash to find any that was edited or "
                            "deleted"));
    m_verifyResult = new Shell::InlineMessage(this);
    m_verifyResult->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Target:"), this));
    filters->addWidget(m_targetType);
    filters->addWidget(m_targetId);
    filters->addWidget(m_filter);
    filters->addWidget(m_clear);
    filters->addStretch(1);
    filters->addWidget(m_verifyResult);
    filters->addWidget(m_verify);

    m_view = new Shell::RecordTableView(this);
    m_view->setModel(m_model);
    m_view->setColumnWidthsInEms({{AuditLogModel::SeqColumn, 5},
                                  {AuditLogModel::TimeColumn, 14},
                                  {AuditLogModel::ActorColumn, 9},
                                  {AuditLogModel::CommandColumn, 16},
                                  {AuditLogModel::TargetColumn, 9}});

    m_detail = new QWidget(this);
    m_detailTitle = new QLabel(m_detail);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sameTarget = new QPushButton(m_detail);
    m_detailReason = new QLabel(m_detail);
    m_detailReason->setWordWrap(true);
    m_detailReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailChanges = new QLabel(m_detail);
    m_detailChanges->setWordWrap(true);
    m_before = stateView(m_detail);
    m_after = stateView(m_detail);

    auto *detailHeader = new QHBoxLayout;
    detailHeader->addWidget(m_detailTitle, 1);
    detailHeader->addWidget(m_sameTarget);
    auto *beforeColumn = new QVBoxLayout;
    beforeColumn->addWidget(new QLabel(tr("Before"), m_detail));
    beforeColumn->addWidget(m_before);
    auto *afterColumn = new QVBoxLayout;
    afterColumn->addWidget(new QLabel(tr("After"), m_detail));
    afterColumn->addWidget(m_after);
    auto *states = new QHBoxLayout;
    states->addLayout(beforeColumn);
    states->addLayout(afterColumn);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addLayout(detailHeader);
    detailLayout->addWidget(m_detailReason);
    detailLayout->addWidget(m_detailChanges);
    detailLayout->addLayout(states, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_summary = new Shell::InlineMessage(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_targetId, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_targetType->lineEdit(), &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_targetType, &QComboBox::currentTextChanged, this, &AuditPage::updateFilterButtons);
    connect(m_targetId, &QLineEdit::textChanged, this, &AuditPage::updateFilterButtons);
    connect(m_clear, &QPushButton::clicked, this, [this] { setTargetFilter({}, {}); });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_sameTarget, &QPushButton::clicked, this, [this] {
        const auto entry = m_model->entryAt(m_view->currentIndex().row());
        if (!entry.targetType.isEmpty())
            setTargetFilter(entry.targetType, entry.targetId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showEntry);
    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditPage::updateSummary);
    connect(m_model, &AuditLogModel::errorOccurred, this, &AuditPage::updateSummary);
    connect(m_model, &AuditLogModel::rowsInserted, this, [this] {
        updateSummary();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_model, &AuditLogModel::modelReset, this, [this] {
        updateSummary();
        showEntry();
    });

    updateFilterButtons();
    updateSummary();
    showEntry();
}

void AuditPage::setTargetFilter(const QString &type, const QString &id)
{
    m_targetType->setCurrentText(type);
    m_targetId->setText(type.isEmpty() ? QString() : id);
    m_model->setTargetFilter(type, id);
    updateFilterButtons();
}

void AuditPage::applyFilter()
{
    if (!m_filter->isEnabled())
        return;
    m_model->setTargetFilter(m_targetType->currentText(), m_targetId->text());
    updateFilterButtons();
}

void AuditPage::updateFilterButtons()
{
    const bool hasType = !m_targetType->currentText().trimmed().isEmpty();
    // The log is indexed by (type, id): a type alone would match nothing useful.
    m_targetId->setEnabled(hasType);
    m_filter->setEnabled(hasType && !m_targetId->text().trimmed().isEmpty());
    m_clear->setEnabled(!m_model->targetType().isEmpty());
}

void AuditPage::verifyChain()
{
    m_verify->setEnabled(false);
    m_verifyResult->showInformation(tr("Verifying…"));
    m_session.call(QStringLiteral("audit.verify"), {}, this, [this](const CommandResult &result) {
        m_verify->setEnabled(true);
        if (!result.ok()) {
            m_verifyResult->showError(tr("Could not verify: %1").arg(result.message));
            return;
        }
        const QJsonObject outcome = result.data.toObject();
        const bool isIntact = outcome.value(QStringLiteral("ok")).toBool();
        const int checked = int(outcome.value(QStringLiteral("checked")).toInteger());
        if (isIntact) {
            m_verifyResult->showSuccess(
                tr("✓ Chain intact: %Ln entries checked.", nullptr, checked));
        } else {
            const qint64 badSeq = outcome.value(QStringLiteral("first_bad_seq")).toInteger();
            m_verifyResult->showError(tr("✗ Chain broken at entry #%1: %2")
                                          .arg(badSeq)
                                          .arg(outcome.value(QStringLiteral("reason")).toString()));
            if (const int row = m_model->rowOf(badSeq); row >= 0)
                m_view->selectRow(row);
        }
        Q_EMIT chainVerified(isIntact);
    });
}

void AuditPage::showEntry()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_detailTitle->setText(tr("Select an entry to see what it changed."));
        m_detailReason->clear();
        m_detailChanges->clear();
        m_sameTarget->hide();
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditLogModel::Entry entry = m_model->entryAt(row);
    m_detailTitle->setText(tr("#%1 · %2 by %3 at %4 · %5 %6")
                               .arg(entry.seq)
                               .arg(entry.command, entry.actor, AuditLogModel::formatTime(entry.at),
                                    entry.targetType, entry.targetId));
    m_sameTarget->setText(tr("All entries about %1 %2").arg(entry.targetType, entry.targetId));
    m_sameTarget->setVisible(m_model->targetType() != entry.targetType ||
                             m_model->targetId() != entry.targetId);
    m_detailReason->setText(entry.reason.isEmpty() ? tr("No reason given.")
                                                   : tr("Reason: %1").arg(entry.reason));

    bool hasBefore = false;
    bool hasAfter = false;
    const QJsonObject before = parseState(entry.before, &hasBefore);
    const QJsonObject after = parseState(entry.after, &hasAfter);
    const QSet<QString> changed = changedKeys(before, after);
    QStringList changedList(changed.cbegin(), changed.cend());
    changedList.sort();
    if (!hasBefore && hasAfter)
        m_detailChanges->setText(tr("Created."));
    else if (hasBefore && !hasAfter)
        m_detailChanges->setText(tr("Deleted."));
    else if (changedList.isEmpty())
        m_detailChanges->setText(tr("No recorded field changed."));
    else
        m_detailChanges->setText(tr("Changed: %1").arg(changedList.join(QStringLiteral(", "))));
    const bool isDark = Shell::Theme::isDark();
    // Logins and similar entries record no state at all; say so once rather than claiming a
    // creation and a removal.
    const bool recordsState = hasBefore || hasAfter;
    showState(m_before, entry.before, before, hasBefore, changed,
              isDark ? QColor(0x5c, 0x26, 0x2a) : QColor(0xfb, 0xe0, 0xe0),
              recordsState ? tr("(nothing: the entry created this)") : tr("(no state recorded)"));
    showState(m_after, entry.after, after, hasAfter, changed,
              isDark ? QColor(0x23, 0x4d, 0x2c) : QColor(0xdc, 0xf2, 0xdc),
              recordsState ? tr("(nothing: the entry removed this)") : tr("(no state recorded)"));
}

void AuditPage::updateSummary()
{
    if (!m_model->errorString().isEmpty()) {
        m_summary->showError(tr("Could not load the audit log: %1").arg(m_model->errorString()));
    } else if (m_model->isLoading()) {
        m_summary->showInformation(tr("Loading…"));
    } else if (!m_model->targetType().isEmpty()) {
        m_summary->showInformation(tr("%Ln entries about %1 %2.", nullptr, m_model->rowCount())
                                       .arg(m_model->targetType(), m_model->targetId()));
    } else if (m_model->hasMore()) {
        m_summary->showInformation(tr("%Ln newest entries shown; scroll down for older ones.",
                                      nullptr, m_model->rowCount()));
    } else {
        m_summary->showInformation(tr("%Ln entries.", nullptr, m_model->rowCount()));
    }
}

} // namespace Steward::Admin
