#pragma once

#include "triagebindings.h"

#include <QDialog>

namespace Steward::Moderation {

/** Every triage key in one table, opened with "?" on the Moderation page; "Change keys…" asks
 *  the console for its settings on the Moderation tab. */
class KeyLegendDialog : public QDialog
{
    Q_OBJECT
public:
    KeyLegendDialog(const TriageBindings &bindings, QWidget *parent = nullptr);

Q_SIGNALS:
    void changeKeysRequested();
};

} // namespace Steward::Moderation
