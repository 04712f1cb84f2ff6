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
QString tr(const char *text)
{
    return QCoreApplication::translate("Invoice", text);
}
} // namespace

QString invoiceHtml(const InvoiceData &invoice)
{
    const QLocale locale;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding:4px 16px 4px 0;color:#555'>%1</td><td style='padding:4px 0'>"
                              "<b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    return QStringLiteral("<h1>%1</h1><p>%2</p><table>%3%4%5%6%7%8</table><p style='margin-top:24px'>%9</p>")
        .arg(tr("Invoice No. %1").arg(invoice.invoiceNumber).toHtmlEscaped(),
             tr("UniTalk: cloud telephony").toHtmlEscaped(),
             row(tr("Date"), locale.toString(invoice.issuedAt.toLocalTime(), QLocale::LongFormat)),
             row(tr("Project"), invoice.projectName), row(tr("Payer"), invoice.payerEmail),
             row(tr("Amount"), Money::format(invoice.amount, invoice.currency, locale)),
             row(tr("Payment purpose"),
                 tr("Telecommunication services, invoice No. %1").arg(invoice.invoiceNumber)),
             row(tr("Payment"), tr("Bank transfer from any Ukrainian bank")),
             tr("The amount is credited to the main balance when the payment arrives, "
                "usually within 3 business days.")
                 .toHtmlEscaped());
}

bool writeInvoicePdf(const QString &filePath, const InvoiceData &invoice, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Invoice No. %1").arg(invoice.invoiceNumber));
    writer.setCreator(QStringLiteral("UniTalk Cabinet"));

    QTextDocument document;
    // Without this the text is laid out for the screen and comes out a third of its size at 300 dpi.
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(invoiceHtml(invoice));
    document.setPageSize(QSizeF(writer.width(), writer.height()));

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot create the PDF file %1.").arg(filePath);
        return false;
    }
    document.drawContents(&painter);
    painter.end();
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}
