#include "browse/overviewpage.h"

#include "common/icons.h"

#include "model/model.h"
#include "model/modelsignature.h"

#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace envlens {

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &objectName, const QString &name)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells, const QIcon &icon = QIcon())
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (column == 0 && !icon.isNull())
            item->setIcon(icon);
        table->setItem(row, column, item);
    }
}

void fitHeight(QTableWidget *table)
{
    table->resizeColumnsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QString formatCreated(const QString &utc)
{
    // MLflow writes str(datetime.utcnow()): "2024-05-02 09:14:27.318204".
    QDateTime time = QDateTime::fromString(utc.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        return utc;
    time.setTimeSpec(Qt::UTC);
    const QDateTime local = time.toLocalTime();
    const QString shown = QLocale().toString(local, QLocale::LongFormat);
    // The recorded UTC time is added only when the local one differs from it.
    return local.offsetFromUtc() == 0 ? shown : OverviewPage::tr("%1 (UTC %2)").arg(shown, utc.left(19));
}

QString partName(SignatureEntry::Part part)
{
    switch (part) {
    case SignatureEntry::Part::Input:
        return OverviewPage::tr("input");
    case SignatureEntry::Part::Output:
        return OverviewPage::tr("output");
    case SignatureEntry::Part::Param:
        return OverviewPage::tr("param");
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_path(selectableLabel(this)), m_facts(new QFormLayout),
      m_pythonNote(selectableLabel(this)),
      m_flavors(makeTable(this, {tr("Flavor"), tr("Recorded versions"), tr("Loader")}, QStringLiteral("flavorTable"),
                          tr("Flavors"))),
      m_signature(makeTable(this, {tr("Part"), tr("Name"), tr("Type"), tr("Shape"), tr("Notes")},
                            QStringLiteral("signatureTable"), tr("Signature"))),
      m_signatureNote(selectableLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_path);

    auto *countsRow = new QHBoxLayout;
    const Icons::Id countIcons[] = {Icons::Error, Icons::Warning, Icons::Info};
    for (int i = 0; i < 3; ++i) {
        auto *icon = new QLabel(content);
        icon->setPixmap(Icons::icon(countIcons[i]).pixmap(20, 20));
        m_counts3[i] = new QLabel(content);
        countsRow->addWidget(icon);
        countsRow->addWidget(m_counts3[i]);
        countsRow->addSpacing(16);
    }
    m_counts3[0]->setObjectName(QStringLiteral("errorCount"));
    m_counts3[1]->setObjectName(QStringLiteral("warningCount"));
    m_counts3[2]->setObjectName(QStringLiteral("infoCount"));
    countsRow->addStretch(1);
    layout->addLayout(countsRow);

    auto *factsBox = new QGroupBox(tr("Model"), content);
    factsBox->setLayout(m_facts);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(factsBox);

    auto *pythonBox = new QGroupBox(tr("Python version"), content);
    pythonBox->setObjectName(QStringLiteral("pythonBox"));
    auto *pythonLayout = new QGridLayout(pythonBox);
    const QString sources[] = {QStringLiteral("MLmodel"), QStringLiteral("python_env.yaml"), QStringLiteral("conda.yaml")};
    for (int i = 0; i < 3; ++i) {
        auto *caption = new QLabel(sources[i], pythonBox);
        caption->setAlignment(Qt::AlignCenter);
        m_pythonLabels[i] = new QLabel(pythonBox);
        m_pythonLabels[i]->setObjectName(QStringLiteral("python_") + QString::number(i));
        m_pythonLabels[i]->setAlignment(Qt::AlignCenter);
        m_pythonLabels[i]->setTextFormat(Qt::PlainText);
        m_pythonLabels[i]->setMargin(6);
        m_pythonLabels[i]->setAutoFillBackground(true);
        QFont big = m_pythonLabels[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        m_pythonLabels[i]->setFont(big);
        pythonLayout->addWidget(caption, 0, i);
        pythonLayout->addWidget(m_pythonLabels[i], 1, i);
    }
    pythonLayout->addWidget(m_pythonNote, 2, 0, 1, 3);
    layout->addWidget(pythonBox);

    auto *flavorBox = new QGroupBox(tr("Flavors"), content);
    (new QVBoxLayout(flavorBox))->addWidget(m_flavors);
    layout->addWidget(flavorBox);

    auto *signatureBox = new QGroupBox(tr("Signature"), content);
    auto *signatureLayout = new QVBoxLayout(signatureBox);
    signatureLayout->addWidget(m_signatureNote);
    signatureLayout->addWidget(m_signature);
    layout->addWidget(signatureBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    updateCounts();
}

void OverviewPage::setModel(std::shared_ptr<const Model> model)
{
    m_model = std::move(model);
    rebuild();
}

void OverviewPage::setDiagnostics(const QVector<Diagnostic> &diagnostics)
{
    m_counts = countDiagnostics(diagnostics);
    updateCounts();
}

void OverviewPage::updateCounts()
{
    m_counts3[0]->setText(m_counts.errors == 1 ? tr("1 error") : tr("%1 errors").arg(m_counts.errors));
    m_counts3[1]->setText(m_counts.warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(m_counts.warnings));
    m_counts3[2]->setText(m_counts.infos == 1 ? tr("1 info") : tr("%1 infos").arg(m_counts.infos));
}

void OverviewPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_model)
        fillPython();  // the mismatch colours derive from the palette
}

void OverviewPage::rebuild()
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    if (!m_model)
        return;
    const Model &model = *m_model;
    const MLmodelDocument *mlmodel = model.mlmodel.document ? &*model.mlmodel.document : nullptr;

    const QString base = QFileInfo(model.sourcePath).fileName();
    const QString root = model.root;
    m_title->setText(root.isEmpty() ? base : base + QLatin1Char('/') + root.chopped(1));
    m_path->setText(model.kind == SourceKind::Zip ? tr("Zip archive: %1").arg(model.sourcePath)
                                                  : tr("Folder: %1").arg(model.sourcePath + (root.isEmpty() ? QString() : QLatin1Char('/') + root)));

    auto fact = [this](const QString &label, const QString &value) {
        auto *field = selectableLabel(this);
        field->setText(value.isEmpty() ? tr("not recorded") : value);
        if (value.isEmpty())
            field->setEnabled(false);
        m_facts->addRow(label, field);
    };
    qint64 totalSize = 0;
    for (const ModelFile &file : model.files)
        totalSize += file.size;
    if (mlmodel) {
        fact(tr("MLflow version:"), mlmodel->mlflowVersion().text());
        const QString created = mlmodel->utcTimeCreated().text();
        fact(tr("Created:"), created.isEmpty() ? QString() : formatCreated(created));
        bool sizeOk = false;
        const qint64 recorded = mlmodel->modelSizeBytes().text().toLongLong(&sizeOk);
        fact(tr("Recorded size:"), sizeOk ? QLocale().formattedDataSize(recorded) : QString());
        fact(tr("Model UUID:"), mlmodel->modelUuid().text());
        fact(tr("Run ID:"), mlmodel->runId().text());
    } else if (model.mlmodel.error) {
        fact(tr("MLmodel:"), tr("cannot be read: %1").arg(model.mlmodel.error->toString()));
    }
    fact(tr("Files:"), tr("%1 files, %2 in total").arg(model.files.size()).arg(QLocale().formattedDataSize(totalSize)));
    fact(tr("Markers evaluated for:"), tr("Python %1 on %2").arg(model.pythonVersion().isEmpty() ? tr("(unknown)") : model.pythonVersion(), model.platform));

    fillPython();
    fillFlavors();
    fillSignature();
}

void OverviewPage::fillPython()
{
    if (!m_model)
        return;
    const QString versions[] = {m_model->mlmodelPython(), m_model->pythonEnvPython(), m_model->condaPython()};
    QStringList distinct;
    for (const QString &v : versions) {
        if (!v.isEmpty() && !distinct.contains(v))
            distinct << v;
    }
    m_pythonMismatch = distinct.size() > 1;

    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor bad = dark ? QColor(0x7a, 0x25, 0x25) : QColor(0xfb, 0xd5, 0xd5);
    // The most common value is taken as the intended one; the others are the odd ones out.
    QString majority;
    int best = 0;
    for (const QString &candidate : distinct) {
        const int count = static_cast<int>(std::count(std::begin(versions), std::end(versions), candidate));
        if (count > best) {
            best = count;
            majority = candidate;
        }
    }
    for (int i = 0; i < 3; ++i) {
        QLabel *label = m_pythonLabels[i];
        label->setText(versions[i].isEmpty() ? tr("—") : versions[i]);
        label->setToolTip(versions[i].isEmpty() ? tr("Not recorded in this file") : QString());
        QPalette lp = pal;
        const bool odd = m_pythonMismatch && !versions[i].isEmpty() && versions[i] != majority;
        lp.setColor(QPalette::Window, odd ? bad : pal.color(QPalette::AlternateBase));
        label->setPalette(lp);
        label->setAccessibleName(odd ? tr("Python %1 (differs)").arg(versions[i]) : tr("Python %1").arg(versions[i]));
    }
    m_pythonNote->setText(m_pythonMismatch
                              ? tr("The Python versions differ: serving may build a different environment than the "
                                   "model was trained in.")
                              : tr("The recorded Python versions agree."));
}

void OverviewPage::fillFlavors()
{
    m_flavors->setRowCount(0);
    if (!m_model || !m_model->mlmodel.document)
        return;
    const MLmodelDocument &doc = *m_model->mlmodel.document;
    for (const MLmodelFlavor &flavor : doc.flavors()) {
        QStringList versions;
        for (const MLmodelRecordedVersion &v : flavor.versions)
            versions << QStringLiteral("%1 %2").arg(v.prefix, v.version.isEmpty() ? tr("(none)") : v.version);
        if (flavor.name == QLatin1String("python_function") && doc.pythonVersion().isPresent())
            versions.prepend(QStringLiteral("python %1").arg(doc.pythonVersion().text()));
        const QString loader = flavor.name == QLatin1String("python_function") ? doc.loaderModule().text() : QString();
        addRow(m_flavors, {flavor.name, versions.join(QStringLiteral(", ")), loader}, Icons::icon(Icons::Flavor));
    }
    fitHeight(m_flavors);
}

void OverviewPage::fillSignature()
{
    m_signature->setRowCount(0);
    if (!m_model || !m_model->mlmodel.document)
        return;
    const ModelSignature signature = ModelSignature::fromMLmodel(*m_model->mlmodel.document);
    for (const SignatureEntry &entry : signature.entries) {
        addRow(m_signature, {partName(entry.part), entry.name.isEmpty() ? tr("(unnamed)") : entry.name, entry.type,
                             entry.shape, entry.note});
    }
    QStringList notes;
    if (!signature.present)
        notes << tr("This model records no signature.");
    else if (signature.entries.isEmpty() && signature.problems.isEmpty())
        notes << tr("The signature is empty.");
    for (const Error &problem : signature.problems)
        notes << problem.toString();
    m_signatureNote->setText(notes.join(QLatin1Char('\n')));
    m_signatureNote->setVisible(!notes.isEmpty());
    m_signature->setVisible(m_signature->rowCount() > 0);
    fitHeight(m_signature);
}

} // namespace envlens
