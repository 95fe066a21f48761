#include "demodocuments.h"

#include "demorandom.h"

#include <QHash>
#include <QStringList>

#include <array>

namespace Steward::Demo {

namespace {

struct Face
{
    const char *skin;
    const char *hair;
    const char *shirt;
    int hairStyle; // 0 short, 1 long, 2 bald, 3 curly
    bool glasses;
};

Face faceFor(quint64 seed)
{
    static constexpr std::array skins{"#f5d0b5", "#e8b896", "#c98e62",
                                      "#a36a43", "#7a4a2a", "#5c3620"};
    static constexpr std::array hairs{"#1d1a17", "#3b2a1e", "#6b4a2b",
                                      "#a8763e", "#d9b26f", "#8a8a8a"};
    static constexpr std::array shirts{"#34568b", "#6b5b95", "#88b04b", "#955251",
                                       "#45b8ac", "#5b5ea6", "#2e4a62"};
    DemoRandom random(seed ^ 0x5EED5EEDULL);
    return {skins[size_t(random.below(skins.size()))], hairs[size_t(random.below(hairs.size()))],
            shirts[size_t(random.below(shirts.size()))], int(random.below(4)), random.chance(0.25)};
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/** A head and shoulders in a box at (x, y) of width w (height 1.25 w). */
QString portrait(const Face &face, double x, double y, double w, const char *background)
{
    const double h = w * 1.25;
    const double cx = x + w / 2;
    QString svg;
    svg += QStringLiteral("<rect x='%1' y='%2' width='%3' height='%4' fill='%5'/>")
               .arg(x)
               .arg(y)
               .arg(w)
               .arg(h)
               .arg(QLatin1String(background));
    // Shoulders, neck, head.
    svg += QStringLiteral("<path d='M%1 %2 Q%3 %4 %5 %2 Z' fill='%6'/>")
               .arg(x)
               .arg(y + h)
               .arg(cx)
               .arg(y + h * 0.58)
               .arg(x + w)
               .arg(QLatin1String(face.shirt));
    svg += QStringLiteral("<rect x='%1' y='%2' width='%3' height='%4' fill='%5'/>")
               .arg(cx - w * 0.09)
               .arg(y + h * 0.55)
               .arg(w * 0.18)
               .arg(h * 0.14)
               .arg(QLatin1String(face.skin));
    if (face.hairStyle == 1)
        svg += QStringLiteral("<ellipse cx='%1' cy='%2' rx='%3' ry='%4' fill='%5'/>")
                   .arg(cx)
                   .arg(y + h * 0.45)
                   .arg(w * 0.3)
                   .arg(h * 0.3)
                   .arg(QLatin1String(face.hair));
    svg += QStringLiteral("<ellipse cx='%1' cy='%2' rx='%3' ry='%4' fill='%5'/>")
               .arg(cx)
               .arg(y + h * 0.4)
               .arg(w * 0.22)
               .arg(h * 0.22)
               .arg(QLatin1String(face.skin));
    if (face.hairStyle == 0 || face.hairStyle == 1)
        svg += QStringLiteral("<path d='M%1 %2 Q%3 %4 %5 %2 Q%3 %6 %1 %2 Z' fill='%7'/>")
                   .arg(cx - w * 0.23)
                   .arg(y + h * 0.36)
                   .arg(cx)
                   .arg(y + h * 0.08)
                   .arg(cx + w * 0.23)
                   .arg(y + h * 0.24)
                   .arg(QLatin1String(face.hair));
    else if (face.hairStyle == 3)
        for (int i = 0; i < 7; ++i)
            svg += QStringLiteral("<circle cx='%1' cy='%2' r='%3' fill='%4'/>")
                       .arg(cx - w * 0.2 + i * w * 0.066)
                       .arg(y + h * (0.22 + (i % 2) * 0.03))
                       .arg(w * 0.07)
                       .arg(QLatin1String(face.hair));
    // Eyes, mouth, glasses.
    for (int side : {-1, 1})
        svg += QStringLiteral("<circle cx='%1' cy='%2' r='%3' fill='#222'/>")
                   .arg(cx + side * w * 0.08)
                   .arg(y + h * 0.39)
                   .arg(w * 0.018);
    svg += QStringLiteral("<path d='M%1 %2 Q%3 %4 %5 %2' stroke='#7a3b2e' stroke-width='%6' "
                          "fill='none'/>")
               .arg(cx - w * 0.07)
               .arg(y + h * 0.49)
               .arg(cx)
               .arg(y + h * 0.53)
               .arg(cx + w * 0.07)
               .arg(w * 0.012);
    if (face.glasses)
        for (int side : {-1, 1})
            svg += QStringLiteral("<circle cx='%1' cy='%2' r='%3' stroke='#333' "
                                  "stroke-width='%4' fill='none'/>")
                       .arg(cx + side * w * 0.08)
                       .arg(y + h * 0.39)
                       .arg(w * 0.05)
                       .arg(w * 0.01);
    return svg;
}

QString text(double x, double y, double size, const QString &value, const char *fill = "#1c2833",
             bool bold = false)
{
    return QStringLiteral("<text x='%1' y='%2' font-family='sans-serif' font-size='%3' "
                          "fill='%4'%5>%6</text>")
        .arg(x)
        .arg(y)
        .arg(size)
        .arg(QLatin1String(fill), bold ? QStringLiteral(" font-weight='bold'") : QString(),
             escaped(value));
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

QString field(double x, double y, const QString &label, const QString &value)
{
    return text(x, y, 11, label.toUpper(), "#5d6d7e") + text(x, y + 18, 17, value, "#1c2833", true);
}

QByteArray identityCard(const DocumentFields &f)
{
    const bool passport = f.kind == QLatin1String("passport");
    const bool licence = f.kind == QLatin1String("driving_license");
    const char *band = passport ? "#7b241c" : licence ? "#1f618d" : "#117a65";
    const char *paper = passport ? "#fbf3e4" : licence ? "#eaf2f8" : "#e8f6f3";
    const QString title = passport  ? QStringLiteral("PASSPORT")
                          : licence ? QStringLiteral("DRIVING LICENCE")
                          : f.kind == QLatin1String("residence_permit")
                              ? QStringLiteral("RESIDENCE PERMIT")
                              : QStringLiteral("IDENTITY CARD");
    QString svg = QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='640' "
                                 "height='404' viewBox='0 0 640 404'>");
    svg += QStringLiteral("<rect width='640' height='404' rx='22' fill='%1' stroke='#aab' "
                          "stroke-width='2'/>")
               .arg(QLatin1String(paper));
    svg += QStringLiteral("<path d='M0 22 Q0 0 22 0 H618 Q640 0 640 22 V64 H0 Z' fill='%1'/>")
               .arg(QLatin1String(band));
    svg += text(24, 44, 22, title, "#ffffff", true);
    svg += text(560, 44, 22, f.country, "#ffffff", true);
    // Guilloche lines.
    for (int i = 0; i < 6; ++i)
        svg += QStringLiteral("<path d='M200 %1 Q420 %2 640 %1' stroke='%3' stroke-opacity='0.12' "
                              "fill='none' stroke-width='2'/>")
                   .arg(120 + i * 42)
                   .arg(80 + i * 42)
                   .arg(QLatin1String(band));
    svg += portrait(faceFor(f.faceSeed), 28, 86, 170, "#d5dbdb");
    svg += field(224, 100, QStringLiteral("Surname"), f.surname);
    svg += field(224, 146, QStringLiteral("Given names"), f.givenNames);
    svg += field(224, 192, QStringLiteral("Date of birth"), date(f.birthdate));
    svg += field(424, 192, QStringLiteral("Nationality"), f.country);
    svg += field(224, 238, QStringLiteral("Document no."), f.documentNumber);
    svg += field(424, 238, QStringLiteral("Expires"), date(f.expiresOn));
    svg += field(224, 284, QStringLiteral("Issued"), date(f.issuedOn));
    if (passport || f.kind == QLatin1String("national_id")) {
        // A machine-readable zone in the ICAO 9303 layout (check digits omitted).
        QString line1 = QStringLiteral("P<%1%2<<%3")
                            .arg(f.country.leftJustified(3, QLatin1Char('<')), f.surname.toUpper(),
                                 f.givenNames.toUpper());
        line1.replace(QLatin1Char(' '), QLatin1Char('<'));
        QString line2 = f.documentNumber + QStringLiteral("<0") +
                        f.country.leftJustified(3, QLatin1Char('<')) +
                        f.birthdate.toString(QStringLiteral("yyMMdd"));
        svg += QStringLiteral("<rect x='0' y='330' width='640' height='74' fill='#ffffff' "
                              "fill-opacity='0.6'/>");
        svg += text(20, 360, 17, line1.leftJustified(44, QLatin1Char('<')).left(44), "#222");
        svg += text(20, 388, 17, line2.leftJustified(44, QLatin1Char('<')).left(44), "#222");
    }
    svg += QStringLiteral("</svg>");
    return svg.toUtf8();
}

QByteArray selfie(const DocumentFields &f)
{
    QString svg = QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='480' "
                                 "height='600' viewBox='0 0 480 600'>");
    svg += QStringLiteral("<defs><linearGradient id='wall' x1='0' y1='0' x2='0' y2='1'>"
                          "<stop offset='0' stop-color='#d6eaf8'/>"
                          "<stop offset='1' stop-color='#a9cce3'/></linearGradient></defs>");
    svg += QStringLiteral("<rect width='480' height='600' fill='url(#wall)'/>");
    svg += portrait(faceFor(f.faceSeed), 40, 50, 400, "none");
    svg += text(16, 584, 14, QStringLiteral("Live capture · %1").arg(date(f.issuedOn)), "#34495e");
    svg += QStringLiteral("</svg>");
    return svg.toUtf8();
}

QByteArray letter(const DocumentFields &f)
{
    static const QHash<QString, QString> titles{
        {QStringLiteral("proof_of_address"), QStringLiteral("Utility bill")},
        {QStringLiteral("business_registration"), QStringLiteral("Certificate of registration")},
        {QStringLiteral("vehicle_registration"), QStringLiteral("Vehicle registration")},
        {QStringLiteral("insurance"), QStringLiteral("Certificate of insurance")},
        {QStringLiteral("property_deed"), QStringLiteral("Title deed")},
    };
    QString svg = QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='595' "
                                 "height='842' viewBox='0 0 595 842'>");
    svg += QStringLiteral("<rect width='595' height='842' fill='#ffffff' stroke='#ccd'/>");
    svg += QStringLiteral("<rect x='48' y='48' width='60' height='60' rx='8' fill='#2e86c1'/>");
    svg += text(124, 86, 24, titles.value(f.kind, f.kind), "#1b2631", true);
    svg += text(48, 160, 15, QStringLiteral("%1 %2").arg(f.givenNames, f.surname), "#1b2631");
    svg += text(48, 182, 15, f.city + QStringLiteral(", ") + f.country, "#1b2631");
    svg += text(48, 226, 13, QStringLiteral("Reference %1").arg(f.documentNumber), "#566573");
    svg += text(360, 226, 13, QStringLiteral("Dated %1").arg(date(f.issuedOn)), "#566573");
    DemoRandom random(f.faceSeed ^ 0x1E77E5ULL);
    for (int line = 0; line < 16; ++line)
        svg += QStringLiteral("<rect x='48' y='%1' width='%2' height='9' rx='4' fill='#d5d8dc'/>")
                   .arg(270 + line * 26)
                   .arg(300 + random.below(200));
    svg += QStringLiteral("<path d='M380 720 q20 -30 40 0 t40 0 t40 -10' stroke='#1a5276' "
                          "stroke-width='2' fill='none'/>");
    svg += QStringLiteral("</svg>");
    return svg.toUtf8();
}

} // namespace

QByteArray documentSvg(const DocumentFields &fields)
{
    if (fields.kind == QLatin1String("selfie"))
        return selfie(fields);
    static const QStringList cards{QStringLiteral("passport"), QStringLiteral("national_id"),
                                   QStringLiteral("driving_license"),
                                   QStringLiteral("residence_permit")};
    if (cards.contains(fields.kind))
        return identityCard(fields);
    return letter(fields);
}

QString documentNumber(const QString &kind, const QString &country, quint64 seed)
{
    DemoRandom random(seed ^ 0xD0C0ULL);
    // Letters that cannot be read as digits, as issuers do.
    static const QString letters = QStringLiteral("CFGHJKLMNPRTVWXYZ");
    auto letter = [&] { return letters.at(random.below(letters.size())); };
    auto digits = [&](int count) {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QLatin1Char(char('0' + random.below(10)));
        return out;
    };
    if (kind == QLatin1String("business_registration"))
        return QStringLiteral("%1-HR%2").arg(country, digits(8));
    if (kind == QLatin1String("vehicle_registration") || kind == QLatin1String("insurance") ||
        kind == QLatin1String("property_deed") || kind == QLatin1String("proof_of_address"))
        return QStringLiteral("%1%2-%3").arg(letter()).arg(letter()).arg(digits(10));
    return QString(letter()) + letter() + digits(7);
}

QString callingCode(const QString &country)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("US"), QStringLiteral("1")},
        {QStringLiteral("CA"), QStringLiteral("1")},
        {QStringLiteral("GB"), QStringLiteral("44")},
        {QStringLiteral("DE"), QStringLiteral("49")},
        {QStringLiteral("IT"), QStringLiteral("39")},
        {QStringLiteral("IN"), QStringLiteral("91")},
        {QStringLiteral("ES"), QStringLiteral("34")},
        {QStringLiteral("ZA"), QStringLiteral("27")},
        {QStringLiteral("TR"), QStringLiteral("90")},
        {QStringLiteral("TH"), QStringLiteral("66")},
        {QStringLiteral("SG"), QStringLiteral("65")},
        {QStringLiteral("PT"), QStringLiteral("351")},
        {QStringLiteral("NL"), QStringLiteral("31")},
        {QStringLiteral("NG"), QStringLiteral("234")},
        {QStringLiteral("MX"), QStringLiteral("52")},
        {QStringLiteral("KR"), QStringLiteral("82")},
        {QStringLiteral("KE"), QStringLiteral("254")},
        {QStringLiteral("JP"), QStringLiteral("81")},
        {QStringLiteral("IE"), QStringLiteral("353")},
        {QStringLiteral("ID"), QStringLiteral("62")},
        {QStringLiteral("FR"), QStringLiteral("33")},
        {QStringLiteral("EG"), QStringLiteral("20")},
        {QStringLiteral("BR"), QStringLiteral("55")},
        {QStringLiteral("AU"), QStringLiteral("61")},
        {QStringLiteral("AT"), QStringLiteral("43")},
        {QStringLiteral("AR"), QStringLiteral("54")},
        {QStringLiteral("AE"), QStringLiteral("971")},
    };
    return codes.value(country, QStringLiteral("1"));
}

} // namespace Steward::Demo
