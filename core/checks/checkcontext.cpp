#include "checks/checkcontext.h"

#include "pep/version.h"

namespace envlens {

namespace {

// Markers need some Python; a model that records none (or garbage) is judged against a current
// CPython so python_version markers still evaluate.
QString markerPython(const QString &recorded)
{
    if (!recorded.isEmpty() && pep::Version::isValid(recorded))
        return recorded;
    return QStringLiteral("3.11");
}

} // namespace

CheckContext CheckContext::make(const Model &model, const CheckOptions &options, const ImportTables &imports)
{
    const QString python = model.pythonVersion();
    pep::MarkerEnvironment environment = pep::MarkerEnvironment::target(markerPython(python), options.platform);
    RequirementSet requirements = RequirementSet::build(model, environment);
    return CheckContext{model, options, python, std::move(environment), std::move(requirements), imports};
}

} // namespace envlens
