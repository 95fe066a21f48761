#pragma once

#include "consolesession.h"
#include "query.h"
#include "servicelayer.h"
#include "stewardservices.h"
#include "testdatabase.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QRadialGradient>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Steward::Test {

/** A migrated database with every service, three operators (two moderators and an admin), a
 *  few people and a console session for the first moderator; the moderation UI tests build on
 *  it. */
class ModerationUiFixture
{
public:
    ModerationUiFixture()
    {
        m_services = openMigrated(m_db.url());
        setupServices(*m_services);
        mia = addOperator("mia", "Mia Moreau", "moderator");
        max = addOperator("max", "Max Keller", "moderator");
        root = addOperator("root", "Rui Admin", "admin");
        session = std::make_unique<Shell::ConsoleSession>(
            *m_services, Principal::forOperator(mia, QStringLiteral("mia"), Role::Moderator));
    }

    ~ModerationUiFixture()
    {
        session.reset();
        m_services->bus().waitForIdle();
    }

    ServiceLayer &services() { return *m_services; }
    const DatabaseUrl &url() const { return m_db.url(); }

    Principal principal(const QString &username) const
    {
        if (username == QLatin1String("max"))
            return Principal::forOperator(max, username, Role::Moderator);
        if (username == QLatin1String("root"))
            return Principal::forOperator(root, username, Role::Admin);
        return Principal::forOperator(mia, username, Role::Moderator);
    }

    /** Adds an operator who cannot log in (the tests act through sessions and the bus). */
    qint64 addOperator(const char *username, const char *displayName, const char *role)
    {
        return m_services->database().write([&](QSqlDatabase &db) {
            Query insert(
                db,
                QStringLiteral("INSERT INTO operators (username, display_name, role, "
                               "password_hash, created_at, updated_at) "
                               "VALUES (?, ?, ?, 'unused', 0, 0) RETURNING id"),
                {QLatin1String(username), QLatin1String(displayName), QLatin1String(role)});
            insert.next();
            return insert.value(0).toLongLong();
        });
    }

    /** Adds @p count people named "Person NNN" and returns their ids. */
    QList<qint64> addPeople(int count)
    {
        return m_services->database().write([count](QSqlDatabase &db) {
            QList<qint64> ids;
            for (int i = 0; i < count; ++i) {
                const QString last = QStringLiteral("Person%1").arg(i, 3, 10, QLatin1Char('0'));
                Query insert(db,
                             QStringLiteral("INSERT INTO users (email, first_name, last_name, "
                                            "name_key, last_name_key, country, city, status, "
                                            "created_at, updated_at) VALUES (?, 'Test', ?, ?, ?, "
                                            "'PT', 'Lisbon', 'active', 1700000000000, "
                                            "1700000000000) RETURNING id"),
                             {QStringLiteral("person%1@example.com").arg(i), last,
                              QStringLiteral("test ") + last.toLower(), last.toLower()});
                insert.next();
                ids << insert.value(0).toLongLong();
            }
            return ids;
        });
    }

    /** Adds a photo of @p userId stored under @p storageKey and returns its id. */
    qint64 addPhoto(qint64 userId, const QString &storageKey)
    {
        return m_services->database().write([&](QSqlDatabase &db) {
            Query insert(db,
                         QStringLiteral("INSERT INTO photos (user_id, storage_key, uploaded_at) "
                                        "VALUES (?, ?, 1700000000000) RETURNING id"),
                         {userId, storageKey});
            insert.next();
            return insert.value(0).toLongLong();
        });
    }

    /** Files a report through the bus as the platform would; returns the new report row. */
    QJsonObject report(const QJsonObject &params)
    {
        const CommandResult result = m_services->bus().execute(
            Principal::system(QStringLiteral("test")), QStringLiteral("moderation.report"), params);
        if (!result.ok())
            qFatal("moderation.report failed: %s", qPrintable(result.message));
        return result.data.toObject().value(QStringLiteral("report")).toObject();
    }

    CommandResult execute(const QString &username, const QString &command,
                          const QJsonObject &params)
    {
        return m_services->bus().execute(principal(username), command, params);
    }

    /** A reported photo: a sunset-coloured portrait placeholder, different per @p seed. */
    static QImage samplePhoto(int seed)
    {
        QImage image(480, 600, QImage::Format_RGB32);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QLinearGradient sky(0, 0, 0, 600);
        sky.setColorAt(0, QColor::fromHsv((seed * 47) % 360, 120, 240));
        sky.setColorAt(1, QColor::fromHsv((seed * 47 + 40) % 360, 200, 120));
        painter.fillRect(image.rect(), sky);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsv((seed * 13) % 40 + 10, 90, 200));
        painter.drawEllipse(QPointF(240, 250), 95, 115);
        painter.setBrush(QColor::fromHsv((seed * 71) % 360, 160, 90));
        painter.drawRoundedRect(QRectF(90, 400, 300, 260), 120, 120);
        painter.setBrush(QColor(40, 30, 30));
        painter.drawEllipse(QPointF(205, 235), 10, 7);
        painter.drawEllipse(QPointF(275, 235), 10, 7);
        return image;
    }

    std::unique_ptr<Shell::ConsoleSession> session;
    qint64 mia = 0;
    qint64 max = 0;
    qint64 root = 0;

private:
    TestDatabase m_db;
    std::unique_ptr<ServiceLayer> m_services;
};

/** Console settings in a test folder, empty for each test. */
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

} // namespace Steward::Test
