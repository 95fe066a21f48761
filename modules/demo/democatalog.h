#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Steward::Demo {

/** A real city the demo platform operates in, with its real centre and main airport. */
struct DemoCity
{
    QString name;
    QString country;  // ISO 3166-1 alpha-2
    QString currency; // the currency its users pay in: EUR, GBP or USD
    QString timeZone; // IANA
    QString locale;
    double lat = 0;
    double lon = 0;
    double airportLat = 0;
    double airportLon = 0;
    int weight = 1;         // share of the platform's users
    int namePool = 0;       // index into DemoCatalog::namePools
    int pricePercent = 100; // local price level, 100 = New York
    bool hasLowEmissionZone = false;
};

/** First and last names common in one part of the world. */
struct DemoNamePool
{
    QString region;
    QStringList firstNames;
    QStringList lastNames;
};

/** A kind of vendor: what it sells, in which price range, and how it trades. */
struct DemoVendorCategory
{
    QString name;
    QStringList vendorNouns;
    QStringList products;
    qint64 minPriceMinor = 0;
    qint64 maxPriceMinor = 0;
    QStringList kinds; // vendors.kind values this category uses
};

/** The fixed vocabulary demo data is drawn from: cities, names and the words of listings,
 *  bios and messages. Loaded once, read-only afterwards (safe to share between threads). */
struct DemoCatalog
{
    static const DemoCatalog &instance();

    QList<DemoCity> cities;
    QList<DemoNamePool> namePools;
    QStringList emailDomains;
    QStringList interests;
    QStringList bios;
    QStringList messages;
    QStringList userAgents;
    QStringList agentAdjectives;
    QList<QStringList> agentNouns; // per agents.category, in agentCategories order
    QStringList agentCategories;
    QStringList agentDescriptions;
    QList<DemoVendorCategory> vendorCategories;
    QStringList propertyAdjectives;
    QStringList propertyTypes; // properties.property_type values
    QStringList propertyTypeNames;
    QStringList amenities;
    QStringList campaignNames;
    QStringList parcelContents;
    QList<QStringList> vehicleModels; // per vehicle class: "Make|Model"
    QStringList vehicleClasses;
    QStringList vehicleColors;
    QStringList surgeZoneNames;
    QStringList aiFlagDetails;
    QStringList userReportDetails;
    QStringList kycProviders;
    QStringList aiSources;
    QStringList featureProposals;
    QStringList grantProposals;
    QStringList budgetProposals;
    QStringList partnershipProposals;
    QStringList parameterProposals;
    QStringList voteReasons;
    QStringList appealMessages;
    QStringList proposalCancelReasons;
};

} // namespace Steward::Demo
