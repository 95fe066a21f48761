#include "keylegenddialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward::Moderation {

KeyLegendDialog::KeyLegendDialog(const TriageBindings &bindings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("keyLegend"));
    setWindowTitle(tr("Moderation keys"));
    auto *intro = new QLabel(tr("These keys work anywhere on the Moderation page except while "
                                "typing in a field. The arrow keys move through the list too."),
                             this);
    intro->setWordWrap(true);
    auto *list = new QTreeWidget(this);
    list->setHeaderLabels({tr("Key"), tr("Command")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->header()->setStretchLastSection(true);
    QFont keyFont = list->font();
    keyFont.setBold(true);
    for (TriageBindings::Command command : TriageBindings::commands()) {
        const QString key = bindings.keyText(command);
        auto *item = new QTreeWidgetItem(
            list, {key.isEmpty() ? tr("(none)") : key, TriageBindings::title(command)});
        item->setFont(0, keyFont);
    }
    list->resizeColumnToContents(0);
    list->setColumnWidth(0, list->columnWidth(0) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *change = buttons->addButton(tr("Change keys…"), QDialogButtonBox::ActionRole);
    connect(change, &QPushButton::clicked, this, [this] {
        Q_EMIT changeKeysRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &KeyLegendDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(440, 560);
}

} // namespace Steward::Moderation
