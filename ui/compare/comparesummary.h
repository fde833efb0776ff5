#pragma once

#include "diff/modeldiff.h"

#include <QFrame>
#include <QStringList>

class QGridLayout;
class QLabel;

namespace envlens {

/**
 * The top strip of the compare view: what matters for serving first, then Python (all three
 * places), MLflow and the flavors' versions of both sides, with the changed values highlighted.
 */
class CompareSummary : public QFrame
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;
        QString oldValue;
        QString newValue;
        bool changed = false;
    };

    explicit CompareSummary(QWidget *parent = nullptr);

    void setDiff(const ModelDiff &diff);
    void clear();

    const QVector<Row> &rows() const { return m_rows; }
    /** The serving-impact messages as shown, in ModelDiff's order. */
    QStringList impactMessages() const { return m_impacts; }
    QLabel *verdictLabel() const { return m_verdict; }

    static QVector<Row> rowsOf(const ModelDiff &diff);

private:
    void rebuild();

    QVector<Row> m_rows;
    QStringList m_impacts;
    QLabel *m_verdict;
    QLabel *m_impactLabel;
    QFrame *m_impactFrame;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
};

} // namespace envlens
