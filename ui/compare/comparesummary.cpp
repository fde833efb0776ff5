#include "compare/comparesummary.h"

#include "common/icons.h"
#include "compare/changestyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace envlens {

namespace {

constexpr int kColumnsPerBlock = 3; // label, old, new

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CompareSummary::CompareSummary(QWidget *parent)
    : QFrame(parent),
      m_verdict(new QLabel(this)),
      m_impactLabel(new QLabel(this)),
      m_impactFrame(new QFrame(this)),
      m_grid(new QWidget(this)),
      m_gridLayout(new QGridLayout(m_grid))
{
    setObjectName(QStringLiteral("compareSummary"));
    setFrameShape(QFrame::StyledPanel);
    m_verdict->setObjectName(QStringLiteral("compareVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    m_impactFrame->setObjectName(QStringLiteral("servingImpact"));
    m_impactFrame->setAutoFillBackground(true);
    QPalette impactPalette = m_impactFrame->palette();
    impactPalette.setColor(QPalette::Window, ChangeStyle::background(DiffChange::Downgraded, palette(), 0.2));
    m_impactFrame->setPalette(impactPalette);
    auto *impactIcon = new QLabel(m_impactFrame);
    impactIcon->setPixmap(Icons::icon(Icons::Warning).pixmap(16, 16));
    impactIcon->setAlignment(Qt::AlignTop);
    m_impactLabel->setObjectName(QStringLiteral("servingImpactText"));
    m_impactLabel->setTextFormat(Qt::PlainText);
    m_impactLabel->setWordWrap(true);
    auto *impactLayout = new QHBoxLayout(m_impactFrame);
    impactLayout->setContentsMargins(6, 4, 6, 4);
    impactLayout->addWidget(impactIcon);
    impactLayout->addWidget(m_impactLabel, 1);

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setHorizontalSpacing(14);
    m_gridLayout->setVerticalSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_verdict);
    layout->addWidget(m_impactFrame);
    layout->addWidget(m_grid);
    layout->addStretch(1); // room the splitter gives beyond the content stays below it
    clear();
}

void CompareSummary::clear()
{
    m_rows.clear();
    m_impacts.clear();
    m_verdict->setText(tr("Comparing…"));
    rebuild();
}

QVector<CompareSummary::Row> CompareSummary::rowsOf(const ModelDiff &diff)
{
    QVector<Row> rows;
    const auto add = [&rows](const QString &label, const QString &o, const QString &n) {
        rows.append(Row { label, o, n, o != n });
    };
    const PythonDiff &p = diff.python;
    add(tr("Python (MLmodel)"), p.oldPython.mlmodel, p.newPython.mlmodel);
    add(tr("Python (python_env.yaml)"), p.oldPython.pythonEnv, p.newPython.pythonEnv);
    add(tr("Python (conda.yaml)"), p.oldPython.conda, p.newPython.conda);
    add(tr("MLflow"), diff.mlflowVersion.oldValue, diff.mlflowVersion.newValue);
    for (const FlavorDiff &f : diff.flavors) {
        if (f.change == DiffChange::Added || f.change == DiffChange::Removed) {
            add(tr("Flavor %1").arg(f.name), f.change == DiffChange::Removed ? tr("present") : QString(),
                f.change == DiffChange::Added ? tr("present") : QString());
        }
        for (const ValueDiff &v : f.versions)
            add(QStringLiteral("%1 %2").arg(f.name, v.key), v.oldValue, v.newValue);
    }
    return rows;
}

void CompareSummary::setDiff(const ModelDiff &diff)
{
    m_rows = rowsOf(diff);
    m_impacts.clear();
    for (const ServingImpact &impact : diff.servingImpact)
        m_impacts.append(impact.message);
    m_verdict->setText(diff.equivalent() ? tr("The environments are equivalent.") : tr("The environments differ."));
    rebuild();
}

void CompareSummary::rebuild()
{
    while (QLayoutItem *item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_impactLabel->setText(m_impacts.join(QLatin1Char('\n')));
    m_impactFrame->setVisible(!m_impacts.isEmpty());
    if (m_rows.isEmpty()) {
        m_grid->hide();
        return;
    }
    m_grid->show();
    // Two blocks side by side keep the strip short: Python and MLflow left, flavors right.
    const int perBlock = int(qMax<qsizetype>(4, (m_rows.size() + 1) / 2));
    const QString none = tr("—");
    for (int block = 0; block * perBlock < m_rows.size(); ++block) {
        const int column = block * (kColumnsPerBlock + 1);
        for (int header = 0; header < 2; ++header) {
            QLabel *label = plainLabel(header == 0 ? tr("Old") : tr("New"), m_grid);
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            m_gridLayout->addWidget(label, 0, column + 1 + header);
        }
        for (int i = 0; i < perBlock && block * perBlock + i < m_rows.size(); ++i) {
            const Row &row = m_rows.at(block * perBlock + i);
            m_gridLayout->addWidget(plainLabel(row.label, m_grid), i + 1, column);
            QLabel *oldLabel = plainLabel(row.oldValue.isEmpty() ? none : row.oldValue, m_grid);
            QLabel *newLabel = plainLabel(row.newValue.isEmpty() ? none : row.newValue, m_grid);
            if (row.changed) {
                const DiffChange change = row.oldValue.isEmpty() ? DiffChange::Added
                    : row.newValue.isEmpty()                     ? DiffChange::Removed
                                                                 : DiffChange::Changed;
                QFont font = newLabel->font();
                font.setBold(true);
                newLabel->setFont(font);
                newLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(ChangeStyle::color(change).name()));
                newLabel->setToolTip(ChangeStyle::label(change));
            }
            m_gridLayout->addWidget(oldLabel, i + 1, column + 1);
            m_gridLayout->addWidget(newLabel, i + 1, column + 2);
        }
        if (block > 0)
            m_gridLayout->setColumnMinimumWidth(column - 1, 24);
    }
    m_gridLayout->setColumnStretch(m_gridLayout->columnCount(), 1);
}

} // namespace envlens
