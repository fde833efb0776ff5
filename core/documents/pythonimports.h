#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace envlens {

// One import statement's module, found by a tokenizer that knows strings, comments and
// continuation lines (never by running or fully parsing the code).
struct PythonImport
{
    enum Context {
        TopLevel = 0x0,
        InFunction = 0x1,      // inside a def (imported when called, not on load)
        InClass = 0x2,
        InTry = 0x4,           // a try: block, or its else:/finally: (they run when the import worked)
        InExcept = 0x8,        // an except: block: a fallback import
        InTypeChecking = 0x10, // `if TYPE_CHECKING:` (never imported at run time)
        InConditional = 0x20,  // any other if/elif/else/while/with/for/match block
    };

    QString module;      // dotted, without the leading dots: "a.b" for `import a.b as c`, "" for `from . import x`
    QString topLevel;    // "a"; empty for relative imports
    QStringList names;   // what `from m import ...` imports ("*" included); empty for `import m`
    int line = 0;        // 1-based, of the module name
    int column = 0;      // 1-based, in characters
    int level = 0;       // leading dots of a relative import
    int context = TopLevel;

    bool isRelative() const { return level > 0; }
};

// Every import in a Python source file, in order. `import a, b` gives two entries. Never fails:
// garbage gives what parses as imports and nothing else.
QVector<PythonImport> extractPythonImports(QStringView source);

} // namespace envlens
