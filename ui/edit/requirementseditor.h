#pragma once

#include "requirementrows.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QAction;
class QTableView;
class QToolButton;
class QUndoStack;

namespace envlens {

class EditSession;
class RequirementDelegate;
class RequirementsTableModel;

/**
 * The requirements editor page of a model tab. Two modes, named as MLflow names them: "Extra
 * requirements" (entries added on top of the existing list, which stays visible read-only; a
 * package already listed is updated in place) and "Override requirements" (the whole list is
 * replaced; it starts as a copy of the current one). Also sets the Python version in the three
 * places at once. Every change is one command on the model's undo stack.
 */
class RequirementsEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Extra, Override };

    RequirementsEditor(EditSession *session, QUndoStack *undoStack, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    RequirementsTableModel *currentModel() const { return m_currentModel; }
    RequirementsTableModel *extraModel() const { return m_extraModel; }
    RequirementsTableModel *overrideModel() const { return m_overrideModel; }
    /** The editable table of the current mode, and its model. */
    QTableView *editableView() const;
    RequirementsTableModel *editableModel() const;
    QTableView *currentView() const { return m_currentView; }
    QLineEdit *pythonEdit() const { return m_pythonEdit; }
    QPushButton *pythonButton() const { return m_pythonButton; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    /** The button of the window's Copy as Command action (hidden until setCopyCommandAction()). */
    QToolButton *copyCommandButton() const { return m_copyCommandButton; }
    /** Shows the window's Copy as Command action as a button beside Save: one action, two places. */
    void setCopyCommandAction(QAction *action);
    RequirementDelegate *delegate() const { return m_delegate; }

    /** Whether any typed row is invalid (saving is refused then). */
    bool hasInvalidRows() const;

    /** Adds an empty row to the editable table and starts editing its package; returns the row. */
    int addRow();
    /** Removes a row of the editable table (an edit, or a draft). */
    void removeRow(int row);
    /** Sets the Python version everywhere (one undo step); false with a message when refused. */
    bool setPythonVersion(const QString &version);

    /** Rebuilds the tables from the session (after any change of its edits). */
    void refresh();

Q_SIGNALS:
    void saveRequested();
    void validityChanged(bool anyInvalid);

private:
    QWidget *buildExtraPage();
    QWidget *buildOverridePage();
    QTableView *makeTable(RequirementsTableModel *model, const QString &objectName, const QString &accessibleName);
    void onExtraRowEdited(int row);
    void onOverrideRowEdited(int row);
    QStringList overrideLines(const QVector<RequirementRow> &rows) const;
    bool pushOverride(const QVector<RequirementRow> &rows, const QString &text, int failingRow);
    /** The Python versions the (edited) files record, MLmodel first; `labels` names each. */
    QStringList recordedPythonVersions(QStringList *labels = nullptr) const;
    void updatePythonLabel();
    void updateButtons();

    EditSession *m_session;
    QUndoStack *m_undoStack;
    Mode m_mode = Mode::Extra;

    RequirementsTableModel *m_currentModel;
    RequirementsTableModel *m_extraModel;
    RequirementsTableModel *m_overrideModel;
    RequirementDelegate *m_delegate;

    QRadioButton *m_extraButton = nullptr;
    QRadioButton *m_overrideButton = nullptr;
    QLabel *m_modeHelp = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_currentView = nullptr;
    QTableView *m_extraView = nullptr;
    QTableView *m_overrideView = nullptr;
    QLineEdit *m_pythonEdit = nullptr;
    QPushButton *m_pythonButton = nullptr;
    QLabel *m_pythonLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QToolButton *m_copyCommandButton = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace envlens
