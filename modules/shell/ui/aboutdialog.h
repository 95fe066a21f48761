#pragma once

#include <QDialog>

namespace Steward::Shell {

/** Help → About: version, Qt version, the database in use (never its password) and the
 *  licence. */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databaseName, QWidget *parent = nullptr);
};

} // namespace Steward::Shell
