// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceSaving.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

InvoiceSaving::Result InvoiceSaving::askAndSave(QWidget *parent, const InvoiceData &invoice)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("invoice-%1.pdf").arg(invoice.invoiceNumber));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save invoice"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!writeInvoicePdf(path, invoice, &error))
        return {Outcome::Failed, error};
    return {Outcome::Saved, tr("Saved to %1").arg(QDir::toNativeSeparators(path))};
}
