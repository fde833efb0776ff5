#pragma once

#include "diff/textdiff.h"

#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace envlens {

class CodeView;

/**
 * A side-by-side diff of two versions of one text file: two CodeViews with the changed lines'
 * backgrounds and the changed characters marked, scrolling in step, next/previous change
 * (F7 / Shift+F7), and a unified view as the alternative.
 */
class FileDiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Side { Old, New, Unified };

    /** A run of changed lines: the 1-based first line and line count of each side. A side with
        no line has count 0 and the line before which the other side's lines sit (1-based). */
    struct Change
    {
        int oldLine = 0;
        int oldCount = 0;
        int newLine = 0;
        int newCount = 0;
    };

    explicit FileDiffView(QWidget *parent = nullptr);
    ~FileDiffView() override;

    /** Shows two texts (an absent side is an empty text with existsOld/existsNew false). */
    void setTexts(const QString &path, const QString &oldText, const QString &newText, bool existsOld = true,
        bool existsNew = true);
    /** Shows a message instead of a text diff (binary file, unreadable side). */
    void setMessage(const QString &path, const QString &message);
    void clear();

    QString path() const { return m_path; }
    bool isShowingText() const;
    const QVector<Change> &changes() const { return m_changes; }
    int changeCount() const { return int(m_changes.size()); }
    /** The index of the change navigation last went to, -1 before the first. */
    int currentChange() const { return m_current; }

    bool isUnified() const { return m_unified; }
    void setUnified(bool unified);

    CodeView *oldView() const { return m_oldView; }
    CodeView *newView() const { return m_newView; }
    CodeView *unifiedView() const { return m_unifiedView; }
    QAction *nextAction() const { return m_nextAction; }
    QAction *previousAction() const { return m_previousAction; }
    QAction *unifiedAction() const { return m_unifiedAction; }

    /** The 1-based lines a view shows with a changed-line background (read back from the view). */
    QVector<int> markedLines(Side side) const;
    /** The character ranges of a 1-based line marked as changed within the line. */
    QVector<CharRange> markedCharacters(Side side, int line) const;

    /** The other side's line shown beside a 1-based line (scroll synchronisation). */
    int counterpartLine(Side from, int line) const;

public Q_SLOTS:
    void nextChange();
    void previousChange();

Q_SIGNALS:
    void currentChangeChanged(int index);

private:
    void buildSideBySide(const QString &oldText, const QString &newText);
    void buildUnified(const QString &oldText, const QString &newText);
    void goToChange(int index);
    void syncScroll(Side from);
    void updateActions();
    void updateHeaders();
    CodeView *view(Side side) const;

    QString m_path;
    bool m_existsOld = true;
    bool m_existsNew = true;
    bool m_unified = false;
    bool m_syncing = false;
    int m_current = -1;
    QVector<Change> m_changes;
    QVector<int> m_unifiedChangeLines; // 1-based first line of each change run in the unified text
    QVector<int> m_oldToNew; // [old line - 1] -> new line beside it
    QVector<int> m_newToOld;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_oldHeader;
    QLabel *m_newHeader;
    QLabel *m_message;
    QStackedWidget *m_stack;
    QWidget *m_sideBySide;
    CodeView *m_oldView;
    CodeView *m_newView;
    CodeView *m_unifiedView;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_unifiedAction;
};

} // namespace envlens
