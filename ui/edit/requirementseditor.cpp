#include "requirementseditor.h"

#include "editcommand.h"
#include "editsession.h"
#include "requirementdelegate.h"
#include "requirementstablemodel.h"

#include "documents/condaenvdocument.h"
#include "documents/mlmodeldocument.h"
#include "documents/pythonenvdocument.h"
#include "model/model.h"
#include "pep/pipline.h"

#include <QAction>
#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace envlens {

namespace {

RequirementRow extraRow(const QString &text, int editId, const QVector<RequirementRow> &original)
{
    RequirementRow row;
    row.text = text;
    row.parts = RequirementText::split(text);
    row.error = RequirementText::error(text);
    row.editId = editId;
    row.status = RequirementRow::Status::Added;
    const QString key = RequirementText::key(text);
    for (const RequirementRow &existing : original) {
        if (RequirementText::key(existing.text) == key) {
            row.status = RequirementRow::Status::Changed;
            row.originalText = existing.text;
            row.file = existing.file;
            row.line = existing.line;
            break;
        }
    }
    return row;
}

bool isPythonVersion(const QString &text)
{
    static const QRegularExpression valid(QStringLiteral("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"));
    return valid.match(text.trimmed()).hasMatch();
}

} // namespace

RequirementsEditor::RequirementsEditor(EditSession *session, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_session(session), m_undoStack(undoStack), m_currentModel(new RequirementsTableModel(this)),
      m_extraModel(new RequirementsTableModel(this)), m_overrideModel(new RequirementsTableModel(this)),
      m_delegate(new RequirementDelegate(this))
{
    setObjectName(QStringLiteral("requirementsEditor"));
    m_extraModel->setEditable(true);
    m_overrideModel->setEditable(true);

    m_extraButton = new QRadioButton(tr("E&xtra requirements"), this);
    m_extraButton->setObjectName(QStringLiteral("extraModeButton"));
    m_overrideButton = new QRadioButton(tr("O&verride requirements"), this);
    m_overrideButton->setObjectName(QStringLiteral("overrideModeButton"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_extraButton);
    modes->addButton(m_overrideButton);
    m_extraButton->setChecked(true);
    connect(m_extraButton, &QRadioButton::toggled, this, [this](bool on) { setMode(on ? Mode::Extra : Mode::Override); });

    m_pythonEdit = new QLineEdit(this);
    m_pythonEdit->setObjectName(QStringLiteral("pythonVersionEdit"));
    m_pythonEdit->setAccessibleName(tr("Python version"));
    m_pythonEdit->setPlaceholderText(tr("e.g. 3.10.14"));
    m_pythonEdit->setMaximumWidth(110);
    m_pythonButton = new QPushButton(tr("Set &Python Version"), this);
    m_pythonButton->setObjectName(QStringLiteral("setPythonButton"));
    m_pythonButton->setToolTip(tr("Writes this version to MLmodel, python_env.yaml and conda.yaml"));
    connect(m_pythonEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool valid = isPythonVersion(text);
        RequirementDelegate::markEditor(m_pythonEdit, valid ? QString() : tr("Expected X.Y or X.Y.Z, e.g. 3.10.14"));
        m_pythonButton->setEnabled(valid);
    });
    connect(m_pythonButton, &QPushButton::clicked, this, [this] { setPythonVersion(m_pythonEdit->text()); });
    connect(m_pythonEdit, &QLineEdit::returnPressed, m_pythonButton, &QPushButton::click);

    auto *top = new QHBoxLayout;
    top->addWidget(m_extraButton);
    top->addWidget(m_overrideButton);
    top->addStretch(1);
    auto *pythonLabel = new QLabel(tr("P&ython:"), this);
    pythonLabel->setBuddy(m_pythonEdit);
    top->addWidget(pythonLabel);
    top->addWidget(m_pythonEdit);
    top->addWidget(m_pythonButton);

    m_modeHelp = new QLabel(this);
    m_modeHelp->setObjectName(QStringLiteral("modeHelp"));
    m_modeHelp->setWordWrap(true);
    m_modeHelp->setTextFormat(Qt::PlainText);
    m_pythonLabel = new QLabel(this);
    m_pythonLabel->setObjectName(QStringLiteral("pythonVersions"));
    m_pythonLabel->setTextFormat(Qt::PlainText);
    m_pythonLabel->setWordWrap(true);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildExtraPage());
    m_pages->addWidget(buildOverridePage());

    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(QStringLiteral("addRequirementButton"));
    m_addButton->setToolTip(tr("Add a requirement (Insert)"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeRequirementButton"));
    m_removeButton->setToolTip(tr("Remove the selected requirement (Delete)"));
    m_saveButton = new QPushButton(tr("Review and &Save…"), this);
    m_saveButton->setObjectName(QStringLiteral("reviewSaveButton"));
    m_copyCommandButton = new QToolButton(this);
    m_copyCommandButton->setObjectName(QStringLiteral("copyCommandButton"));
    m_copyCommandButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyCommandButton->hide();
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("editProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = editableView()->currentIndex();
        if (current.isValid())
            removeRow(current.row());
    });
    connect(m_saveButton, &QPushButton::clicked, this, &RequirementsEditor::saveRequested);

    auto *insertAction = new QAction(tr("Add Requirement"), this);
    insertAction->setShortcut(QKeySequence(Qt::Key_Insert));
    insertAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(insertAction, &QAction::triggered, this, [this] { addRow(); });
    addAction(insertAction);
    auto *deleteAction = new QAction(tr("Remove Requirement"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, m_removeButton, &QPushButton::click);
    addAction(deleteAction);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_addButton);
    bottom->addWidget(m_removeButton);
    bottom->addWidget(m_problems, 1);
    bottom->addWidget(m_copyCommandButton);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_modeHelp);
    layout->addWidget(m_pythonLabel);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    // Queued: the view is still inside its delegate's commit when a row changes.
    connect(m_extraModel, &RequirementsTableModel::rowEdited, this, &RequirementsEditor::onExtraRowEdited, Qt::QueuedConnection);
    connect(m_overrideModel, &RequirementsTableModel::rowEdited, this, &RequirementsEditor::onOverrideRowEdited,
            Qt::QueuedConnection);
    for (RequirementsTableModel *model : {m_extraModel, m_overrideModel}) {
        connect(model, &RequirementsTableModel::validityChanged, this, [this] {
            updateButtons();
            emit validityChanged(hasInvalidRows());
        });
    }
    connect(m_session, &EditSession::changed, this, &RequirementsEditor::refresh);
    setMode(Mode::Extra);
    refresh();
}

QTableView *RequirementsEditor::makeTable(RequirementsTableModel *model, const QString &objectName,
                                          const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setItemDelegate(m_delegate);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnWidth(RequirementsTableModel::PackageColumn, 140);
    view->setColumnWidth(RequirementsTableModel::ExtrasColumn, 50);
    view->setColumnWidth(RequirementsTableModel::SpecColumn, 90);
    view->setColumnWidth(RequirementsTableModel::MarkerColumn, 80);
    view->setColumnWidth(RequirementsTableModel::SourceColumn, 130);
    view->setWordWrap(false);
    return view;
}

QWidget *RequirementsEditor::buildExtraPage()
{
    m_currentView = makeTable(m_currentModel, QStringLiteral("currentRequirementsView"), tr("Current requirements"));
    m_currentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_extraView = makeTable(m_extraModel, QStringLiteral("extraRequirementsView"), tr("Extra requirements"));
    m_extraView->hideColumn(RequirementsTableModel::SourceColumn);

    auto *currentBox = new QGroupBox(tr("Current requirements (read-only)"), this);
    auto *currentLayout = new QVBoxLayout(currentBox);
    currentLayout->addWidget(m_currentView);
    auto *extraBox = new QGroupBox(tr("Your extra requirements"), this);
    auto *extraLayout = new QVBoxLayout(extraBox);
    extraLayout->addWidget(m_extraView);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("extraSplitter"));
    splitter->addWidget(currentBox);
    splitter->addWidget(extraBox);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget *RequirementsEditor::buildOverridePage()
{
    m_overrideView = makeTable(m_overrideModel, QStringLiteral("overrideRequirementsView"), tr("Override requirements"));
    auto *box = new QGroupBox(tr("The new requirement list"), this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_overrideView);
    return box;
}

void RequirementsEditor::setMode(Mode mode)
{
    m_mode = mode;
    QSignalBlocker blockExtra(m_extraButton);
    QSignalBlocker blockOverride(m_overrideButton);
    m_extraButton->setChecked(mode == Mode::Extra);
    m_overrideButton->setChecked(mode == Mode::Override);
    m_pages->setCurrentIndex(mode == Mode::Extra ? 0 : 1);
    m_modeHelp->setText(
        mode == Mode::Extra
            ? tr("Your entries are added to the existing requirements. A package that is already listed with the "
                 "same marker is updated in place, as MLflow's update_model_requirements(operation=\"add\") does "
                 "(extra_pip_requirements).")
            : tr("Your list replaces the whole requirement list, as MLflow's pip_requirements does. It starts as a "
                 "copy of the current list; comments on the requirement lines are not kept."));
    updateButtons();
}

QTableView *RequirementsEditor::editableView() const { return m_mode == Mode::Extra ? m_extraView : m_overrideView; }

RequirementsTableModel *RequirementsEditor::editableModel() const
{
    return m_mode == Mode::Extra ? m_extraModel : m_overrideModel;
}

bool RequirementsEditor::hasInvalidRows() const
{
    return m_extraModel->hasInvalidRows() || m_overrideModel->hasInvalidRows();
}

void RequirementsEditor::refresh()
{
    const std::shared_ptr<const Model> model = m_session->model();
    if (!model)
        return;
    const FileBytes bytes = [this](const QString &path) { return m_session->bytes(path); };
    const FileExists exists = [this](const QString &path) { return m_session->hasFile(path); };
    const QVector<RequirementRow> original = originalRequirementRows(*model);
    const QVector<RequirementRow> current = compareWithOriginal(requirementRows(*model, bytes, exists), original);
    m_currentModel->setRows(current);

    // What the user typed and is not valid yet stays, in place of the row it edits.
    QVector<RequirementRow> overrideRows = current;
    const QVector<RequirementRow> overrideInvalid = m_overrideModel->invalidRows();
    for (const RequirementRow &invalid : overrideInvalid) {
        auto it = std::find_if(overrideRows.begin(), overrideRows.end(), [&invalid](const RequirementRow &row) {
            return !row.file.isEmpty() && row.file == invalid.file && row.line == invalid.line;
        });
        if (it != overrideRows.end())
            *it = invalid;
        else
            overrideRows.append(invalid);
    }
    m_overrideModel->setRows(overrideRows);

    QVector<RequirementRow> extras;
    QSet<int> liveIds;
    for (const SessionEdit &edit : m_session->edits()) {
        if (edit.role != SessionEdit::Role::Extra || edit.operations.isEmpty())
            continue;
        extras.append(extraRow(edit.operations.first().text, edit.id, original));
        liveIds.insert(edit.id);
    }
    const QVector<RequirementRow> extraInvalid = m_extraModel->invalidRows();
    for (const RequirementRow &invalid : extraInvalid) {
        if (invalid.editId == 0) {
            extras.append(invalid);
        } else if (liveIds.contains(invalid.editId)) {
            for (RequirementRow &row : extras) {
                if (row.editId == invalid.editId)
                    row = invalid;
            }
        }
    }
    m_extraModel->setRows(extras);

    QStringList names;
    for (const RequirementsFile &file : model->requirements) {
        for (const RequirementLine &line : file.document.lines()) {
            if (line.pip.kind == pep::PipLine::Kind::Requirement && line.pip.requirement)
                names.append(line.pip.requirement->name());
        }
    }
    for (const RequirementRow &row : current)
        names.append(row.parts.package);
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    m_delegate->setPackageNames(names);

    m_overrideButton->setEnabled(!model->isLocked());
    m_overrideButton->setToolTip(model->isLocked() ? tr("The requirements are locked: re-lock them instead of overriding")
                                                   : QString());
    updatePythonLabel();
    QStringList problems = m_session->problems();
    problems += m_session->changeSet().warnings;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    updateButtons();
}

QStringList RequirementsEditor::recordedPythonVersions(QStringList *labels) const
{
    const std::shared_ptr<const Model> model = m_session->model();
    QStringList versions;
    const QString mlmodelPath = QStringLiteral("MLmodel");
    if (m_session->hasFile(mlmodelPath)) {
        const auto doc = MLmodelDocument::parse(m_session->bytes(mlmodelPath), mlmodelPath);
        const QString version = doc ? doc->pythonVersion().text().trimmed() : QString();
        if (!version.isEmpty()) {
            versions << version;
            if (labels)
                *labels << tr("MLmodel %1").arg(version);
        }
    }
    if (model->pythonEnv.present && m_session->hasFile(model->pythonEnv.path)) {
        const auto doc = PythonEnvDocument::parse(m_session->bytes(model->pythonEnv.path), model->pythonEnv.path);
        const QString version = doc ? doc->pythonText().trimmed() : QString();
        if (!version.isEmpty()) {
            versions << version;
            if (labels)
                *labels << tr("%1 %2").arg(model->pythonEnv.path, version);
        }
    }
    if (model->conda.present && m_session->hasFile(model->conda.path)) {
        const auto doc = CondaEnvDocument::parse(m_session->bytes(model->conda.path), model->conda.path);
        const QString spec = doc ? doc->pythonSpec().trimmed() : QString();
        if (!spec.isEmpty()) {
            static const QRegularExpression exact(QStringLiteral("^python\\s*==?\\s*([0-9.]+)$"));
            const QRegularExpressionMatch match = exact.match(spec);
            versions << (match.hasMatch() ? match.captured(1) : spec);
            if (labels)
                *labels << tr("%1 %2").arg(model->conda.path, spec);
        }
    }
    return versions;
}

void RequirementsEditor::updatePythonLabel()
{
    QStringList labels;
    const QStringList versions = recordedPythonVersions(&labels);
    m_pythonLabel->setText(labels.isEmpty() ? tr("No Python version is recorded.")
                                            : tr("Recorded Python: %1").arg(labels.join(QStringLiteral(" · "))));
    if (m_pythonEdit->text().isEmpty() && !versions.isEmpty())
        m_pythonEdit->setText(versions.first());
}

void RequirementsEditor::updateButtons()
{
    const QTableView *view = editableView();
    m_removeButton->setEnabled(view && view->model()->rowCount() > 0);
    m_saveButton->setEnabled(m_session->hasChanges() && !hasInvalidRows());
    m_saveButton->setToolTip(hasInvalidRows() ? tr("Correct or remove the invalid requirements (red) first") : QString());
}

int RequirementsEditor::addRow()
{
    RequirementsTableModel *model = editableModel();
    const int row = model->appendDraft();
    QTableView *view = editableView();
    const QModelIndex index = model->index(row, RequirementsTableModel::PackageColumn);
    view->setCurrentIndex(index);
    view->edit(index);
    updateButtons();
    return row;
}

void RequirementsEditor::removeRow(int row)
{
    RequirementsTableModel *model = editableModel();
    const RequirementRow *target = model->row(row);
    if (!target || target->status == RequirementRow::Status::Removed)
        return;
    const QString text = target->text;
    if (m_mode == Mode::Extra) {
        if (target->editId != 0 && m_session->edit(target->editId)) {
            const int id = target->editId;
            model->removeRowAt(row);
            m_undoStack->push(EditCommand::remove(m_session, id, tr("Remove extra requirement %1").arg(text)));
        } else {
            model->removeRowAt(row);
        }
        return;
    }
    const bool applied = !target->file.isEmpty();
    model->removeRowAt(row);
    if (applied)
        pushOverride(model->rows(), tr("Remove requirement %1").arg(text), -1);
    updateButtons();
}

QStringList RequirementsEditor::overrideLines(const QVector<RequirementRow> &rows) const
{
    QStringList lines;
    for (const RequirementRow &row : rows) {
        if (row.status != RequirementRow::Status::Removed && row.error.isEmpty())
            lines.append(row.text);
    }
    const std::shared_ptr<const Model> model = m_session->model();
    lines += keptOverrideLines(
        *model, [this](const QString &path) { return m_session->bytes(path); },
        [this](const QString &path) { return m_session->hasFile(path); });
    return lines;
}

bool RequirementsEditor::pushOverride(const QVector<RequirementRow> &rows, const QString &text, int failingRow)
{
    const QStringList lines = overrideLines(rows);
    if (lines == overrideLines(m_currentModel->rows()))
        return true;
    EditOperation operation;
    operation.kind = EditOperation::Kind::OverrideRequirements;
    operation.lines = lines;
    const Result<bool> check = m_session->check({operation});
    if (!check) {
        if (failingRow >= 0)
            m_overrideModel->setRowError(failingRow, check.error().message);
        else
            m_problems->setText(check.error().message);
        return false;
    }
    SessionEdit edit;
    edit.role = SessionEdit::Role::Override;
    edit.operations = {operation};
    m_undoStack->push(EditCommand::append(m_session, edit, text));
    return true;
}

void RequirementsEditor::onExtraRowEdited(int row)
{
    const RequirementRow *target = m_extraModel->row(row);
    if (!target || !target->error.isEmpty())
        return;
    EditOperation operation;
    operation.kind = EditOperation::Kind::AddRequirement;
    operation.text = target->text;
    SessionEdit edit;
    edit.role = SessionEdit::Role::Extra;
    edit.operations = {operation};
    const QString text = target->text;
    if (target->editId != 0 && m_session->edit(target->editId)) {
        edit.id = target->editId;
        QVector<SessionEdit> edits = m_session->edits();
        edits[m_session->indexOf(edit.id)] = edit;
        const Result<bool> check = m_session->checkList(edits);
        if (!check) {
            m_extraModel->setRowError(row, check.error().message);
            return;
        }
        m_undoStack->push(EditCommand::replace(m_session, edit, tr("Change extra requirement %1").arg(text)));
        return;
    }
    const Result<bool> check = m_session->check(edit.operations);
    if (!check) {
        m_extraModel->setRowError(row, check.error().message);
        return;
    }
    // The draft row becomes the edit's row when the tables are rebuilt.
    m_extraModel->removeRowAt(row);
    m_undoStack->push(EditCommand::append(m_session, edit, tr("Add requirement %1").arg(text)));
}

void RequirementsEditor::onOverrideRowEdited(int row)
{
    const RequirementRow *target = m_overrideModel->row(row);
    if (!target || !target->error.isEmpty())
        return;
    pushOverride(m_overrideModel->rows(), tr("Override requirements: %1").arg(target->text), row);
}

bool RequirementsEditor::setPythonVersion(const QString &version)
{
    const QString trimmed = version.trimmed();
    // Setting what every file already says changes nothing: no undo step for it.
    const QStringList recorded = recordedPythonVersions();
    if (!recorded.isEmpty() && recorded.count(trimmed) == recorded.size())
        return true;
    EditOperation operation;
    operation.kind = EditOperation::Kind::SetPython;
    operation.text = trimmed;
    const Result<bool> check = m_session->check({operation});
    if (!check) {
        m_problems->setText(check.error().message);
        RequirementDelegate::markEditor(m_pythonEdit, check.error().message);
        return false;
    }
    SessionEdit edit;
    edit.role = SessionEdit::Role::Python;
    edit.operations = {operation};
    m_undoStack->push(EditCommand::append(m_session, edit, tr("Set Python version to %1").arg(trimmed)));
    return true;
}

void RequirementsEditor::setCopyCommandAction(QAction *action)
{
    m_copyCommandButton->setDefaultAction(action);
    m_copyCommandButton->setVisible(action != nullptr);
}

} // namespace envlens
