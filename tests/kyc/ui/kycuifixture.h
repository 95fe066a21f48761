#pragma once

#include "clock.h"
#include "consolesession.h"
#include "permissions.h"
#include "servicelayer.h"
#include "testdatabase.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace Steward::Test {

/** A migrated database with every service set up, the personal-data key unlocked from a key
 *  file, a manual clock, two moderators (mia and max) with their consoles, and helpers that
 *  file KYC cases the way the platform does, through `kyc.submit`. */
class KycUiFixture
{
public:
    /** 2026-03-02 09:00 UTC: where the clock starts. */
    static constexpr qint64 Start = 1772442000000;
    static constexpr qint64 Hour = 3600 * 1000;

    KycUiFixture();
    ~KycUiFixture();

    ServiceLayer &services() { return *m_services; }
    ManualClock &clock() { return *m_clock; }
    Shell::ConsoleSession &mia() { return *m_mia; }
    Shell::ConsoleSession &max() { return *m_max; }
    qint64 miaId() const { return m_miaId; }
    qint64 maxId() const { return m_maxId; }
    QString keyFile() const;

    /** A user with an email from @p first and @p last; returns the id. */
    qint64 addUser(const QString &first, const QString &last);
    /** Files a case of @p caseType for @p userId now: an identity document, a selfie (unless
     *  it is a business case), a birthdate and a provider check. Returns `kyc.submit`'s case. */
    QJsonObject submitCase(qint64 userId, const QString &caseType, int riskScore = 20,
                           int watchlistHits = 0);
    /** The applicant's next attempt for a case waiting for resubmission. */
    QJsonObject resubmitCase(qint64 caseId);

    /** Runs @p command as @p principal on the bus and fails the test run when refused. */
    QJsonValue run(const Principal &principal, const QString &command, const QJsonObject &params);
    Principal miaPrincipal() const;
    Principal maxPrincipal() const;

    /** A small synthetic identity card or selfie as SVG, saying @p label. */
    static QByteArray svgDocument(const QString &label, bool isSelfie);
    /** The same as a PNG, for the raster path. */
    static QByteArray pngDocument(const QString &label);

private:
    QJsonArray documentsFor(const QString &caseType, const QString &label) const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServiceLayer> m_services;
    ManualClock *m_clock = nullptr;
    QTemporaryDir m_keyDir;
    qint64 m_miaId = 0;
    qint64 m_maxId = 0;
    std::unique_ptr<Shell::ConsoleSession> m_mia;
    std::unique_ptr<Shell::ConsoleSession> m_max;
    qint64 m_nextUser = 1;
};

} // namespace Steward::Test
