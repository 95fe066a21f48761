#pragma once

#include <QString>

namespace Steward {
class ServiceLayer;
}

namespace Steward::People {

/** Registers the people commands: `people.search` (email, name or id), `people.get` (identity,
 *  roles across services, status, history) and `people.suspend` / `people.reinstate`. */
void setupPeopleService(ServiceLayer &services);

/** The exclusive upper bound of a prefix range: every string starting with @p prefix sorts at
 *  or above @p prefix and below the returned value (bytewise collation). */
QString prefixUpperBound(const QString &prefix);

} // namespace Steward::People
