#include "stewardservices.h"

#include "adminservice.h"
#include "daoservice.h"
#include "financeservice.h"
#include "kycservice.h"
#include "memberservice.h"
#include "moderationservice.h"
#include "peopleservice.h"
#include "servicelayer.h"

namespace Steward {

void setupServices(ServiceLayer &services)
{
    Admin::setupAdminService(services);
    People::setupPeopleService(services);
    Kyc::setupKycService(services);
    Moderation::setupModerationService(services);
    Finance::setupFinanceService(services);
    Members::setupMembersService(services);
    Dao::setupDaoService(services);
}

} // namespace Steward
