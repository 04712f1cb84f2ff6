// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceDocument.h"

#include "Money.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
// A context lupdate can see (a free tr() helper is invisible to it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Invoice)
};
} // namespace

InvoiceData invoiceForTopUp(const TopUp &topUp, const QString &projectName, const QString &payerEmail,
                            const QString &fallbackCurrency)
{
    return {topUp.invoiceNumber,
            projectName,
            payerEmail,
            topUp.amount,
            topUp.currency.isEmpty() ? fallbackCurrency : topUp.currency,
            topUp.createdAt.isValid() ? topUp.createdAt : QDateTime::currentDateTimeUtc()};
}

QString invoiceHtml(const InvoiceData &invoice)
{
    const QLocale locale;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding:4px 16px 4px 0;color:#555'>%1</td><td style='padding:4px 0'>"
                              "<b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    return QStringLiteral("<h1>%1</h1><p>%2</p><table>%3%4%5%6%7%8</table><p style='margin-top:24px'>%9</p>")
        .arg(Text::tr("Invoice No. %1").arg(invoice.invoiceNumber).toHtmlEscaped(),
             Text::tr("UniTalk: cloud telephony").toHtmlEscaped(),
             row(Text::tr("Date"), locale.toString(invoice.issuedAt.toLocalTime(), QLocale::LongFormat)),
             row(Text::tr("Project"), invoice.projectName), row(Text::tr("Payer"), invoice.payerEmail),
             row(Text::tr("Amount"), Money::format(invoice.amount, invoice.currency, locale)),
             row(Text::tr("Payment purpose"),
                 Text::tr("Telecommunication services, invoice No. %1").arg(invoice.invoiceNumber)),
             row(Text::tr("Payment"), Text::tr("Bank transfer from any Ukrainian bank")),
             Text::tr("The amount is credited to the main balance when the payment arrives, "
                      "usually within 3 business days.")
                 .toHtmlEscaped());
}

bool writeInvoicePdf(const QString &filePath, const InvoiceData &invoice, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(Text::tr("Invoice No. %1").arg(invoice.invoiceNumber));
    writer.setCreator(QStringLiteral("UniTalk Cabinet"));

    QTextDocument document;
    // Without this the text is laid out for the screen and comes out a third of its size at 300 dpi.
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(invoiceHtml(invoice));
    document.setPageSize(QSizeF(writer.width(), writer.height()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Text::tr("Cannot create the PDF file %1.").arg(filePath);
        return false;
    }
    document.drawContents(&painter);
    painter.end();
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = Text::tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}
