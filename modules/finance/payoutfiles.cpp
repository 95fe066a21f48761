#include "payoutfiles.h"

#include "money.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace Steward::Finance {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/** SEPA text fields allow a restricted Latin character set; anything else becomes a space. */
QString sepaText(const QString &text, int maxLength)
{
    QString result;
    for (const QChar c : text) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             QStringLiteral("/-?:().,'+ ").contains(c);
        result += allowed ? c : QLatin1Char(' ');
    }
    return result.left(maxLength);
}

void writeAgent(QXmlStreamWriter &xml, const QString &element, const QString &bic)
{
    xml.writeStartElement(element);
    xml.writeStartElement(QStringLiteral("FinInstnId"));
    if (bic.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Othr"));
        xml.writeTextElement(QStringLiteral("Id"), QStringLiteral("NOTPROVIDED"));
        xml.writeEndElement();
    } else {
        xml.writeTextElement(QStringLiteral("BIC"), bic);
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

qint64 PayoutFile::totalMinor() const
{
    qint64 total = 0;
    for (const PayoutFileLine &line : lines)
        total += line.amountMinor;
    return total;
}

QString ibanCheckDigits(const QString &countryCode, const QString &bban)
{
    // Move the country code and "00" to the end, letters as 10..35, then 98 - (n mod 97).
    const QString rearranged = bban + countryCode + QStringLiteral("00");
    int remainder = 0;
    for (const QChar c : rearranged) {
        const QString digits =
            c.isDigit() ? QString(c) : QString::number(c.toUpper().unicode() - 'A' + 10);
        for (const QChar d : digits)
            remainder = (remainder * 10 + d.digitValue()) % 97;
    }
    return QStringLiteral("%1").arg(98 - remainder, 2, 10, QLatin1Char('0'));
}

bool isValidIban(const QString &iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    return ibanCheckDigits(iban.left(2), iban.mid(4)) == iban.mid(2, 2);
}

QString demoIban(qint64 userId)
{
    const QString bban = QStringLiteral("00000000%1").arg(userId, 10, 10, QLatin1Char('0'));
    return QStringLiteral("DE") + ibanCheckDigits(QStringLiteral("DE"), bban) + bban;
}

QString decimalAmount(qint64 minorUnits, const QString &currency)
{
    const int decimals = Money::decimals(currency);
    if (decimals == 0)
        return QString::number(minorUnits);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 whole = minorUnits / scale;
    const qint64 fraction = (minorUnits < 0 ? -minorUnits : minorUnits) % scale;
    return QStringLiteral("%1%2.%3")
        .arg(minorUnits < 0 && whole == 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(fraction, decimals, 10, QLatin1Char('0'));
}

QString payoutCsv(const PayoutFile &file)
{
    QString text = QStringLiteral("payout_id,run_id,payee_user_id,payee_type,creditor_name,iban,"
                                  "bic,amount,currency,amount_minor,reference,state\r\n");
    for (const PayoutFileLine &line : file.lines) {
        const QStringList fields{QString::number(line.payoutId),
                                 QString::number(file.runId),
                                 QString::number(line.payeeUserId),
                                 line.payeeType,
                                 line.creditorName,
                                 line.iban,
                                 line.bic,
                                 decimalAmount(line.amountMinor, line.currency),
                                 line.currency,
                                 QString::number(line.amountMinor),
                                 line.reference,
                                 line.state};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text;
}

QString sepaCreditTransferXml(const PayoutFile &file)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeDefaultNamespace(QStringLiteral("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeStartElement(QStringLiteral("CstmrCdtTrfInitn"));

    const QString count = QString::number(file.lines.size());
    const QString sum = decimalAmount(file.totalMinor(), file.currency);
    const QString runId = QStringLiteral("STEWARD-RUN-%1").arg(file.runId);

    xml.writeStartElement(QStringLiteral("GrpHdr"));
    xml.writeTextElement(QStringLiteral("MsgId"),
                         QStringLiteral("%1-%2").arg(runId).arg(file.createdAt));
    xml.writeTextElement(QStringLiteral("CreDtTm"),
                         utc(file.createdAt).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    xml.writeTextElement(QStringLiteral("NbOfTxs"), count);
    xml.writeTextElement(QStringLiteral("CtrlSum"), sum);
    xml.writeStartElement(QStringLiteral("InitgPty"));
    xml.writeTextElement(QStringLiteral("Nm"), sepaText(file.debtorName, 70));
    xml.writeEndElement();
    xml.writeEndElement(); // GrpHdr

    xml.writeStartElement(QStringLiteral("PmtInf"));
    xml.writeTextElement(QStringLiteral("PmtInfId"), runId);
    xml.writeTextElement(QStringLiteral("PmtMtd"), QStringLiteral("TRF"));
    xml.writeTextElement(QStringLiteral("BtchBookg"), QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("NbOfTxs"), count);
    xml.writeTextElement(QStringLiteral("CtrlSum"), sum);
    xml.writeStartElement(QStringLiteral("PmtTpInf"));
    xml.writeStartElement(QStringLiteral("SvcLvl"));
    xml.writeTextElement(QStringLiteral("Cd"), QStringLiteral("SEPA"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("ReqdExctnDt"),
                         utc(file.executionDate).toString(QStringLiteral("yyyy-MM-dd")));
    xml.writeStartElement(QStringLiteral("Dbtr"));
    xml.writeTextElement(QStringLiteral("Nm"), sepaText(file.debtorName, 70));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("DbtrAcct"));
    xml.writeStartElement(QStringLiteral("Id"));
    xml.writeTextElement(QStringLiteral("IBAN"), file.debtorIban);
    xml.writeEndElement();
    xml.writeEndElement();
    writeAgent(xml, QStringLiteral("DbtrAgt"), file.debtorBic);
    xml.writeTextElement(QStringLiteral("ChrgBr"), QStringLiteral("SLEV"));

    for (const PayoutFileLine &line : file.lines) {
        xml.writeStartElement(QStringLiteral("CdtTrfTxInf"));
        xml.writeStartElement(QStringLiteral("PmtId"));
        xml.writeTextElement(QStringLiteral("EndToEndId"),
                             QStringLiteral("STEWARD-PAYOUT-%1").arg(line.payoutId));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Amt"));
        xml.writeStartElement(QStringLiteral("InstdAmt"));
        xml.writeAttribute(QStringLiteral("Ccy"), line.currency);
        xml.writeCharacters(decimalAmount(line.amountMinor, line.currency));
        xml.writeEndElement();
        xml.writeEndElement();
        if (!line.bic.isEmpty())
            writeAgent(xml, QStringLiteral("CdtrAgt"), line.bic);
        xml.writeStartElement(QStringLiteral("Cdtr"));
        xml.writeTextElement(QStringLiteral("Nm"), sepaText(line.creditorName, 70));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("CdtrAcct"));
        xml.writeStartElement(QStringLiteral("Id"));
        xml.writeTextElement(QStringLiteral("IBAN"), line.iban);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("RmtInf"));
        xml.writeTextElement(QStringLiteral("Ustrd"), sepaText(line.reference, 140));
        xml.writeEndElement();
        xml.writeEndElement(); // CdtTrfTxInf
    }
    xml.writeEndElement(); // PmtInf
    xml.writeEndElement(); // CstmrCdtTrfInitn
    xml.writeEndElement(); // Document
    xml.writeEndDocument();
    // Writing to a string leaves the encoding out; the file is saved as UTF-8.
    text.replace(QLatin1String("<?xml version=\"1.0\"?>"),
                 QLatin1String("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    return text;
}

} // namespace Steward::Finance
