# Compiler settings every EnvLens target shares, as an interface target to link.
add_library(envlens_options INTERFACE)
target_compile_options(envlens_options INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
if(ENVLENS_WARNINGS_AS_ERRORS)
  target_compile_options(envlens_options INTERFACE -Werror)
endif()
target_compile_definitions(envlens_options INTERFACE
  QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_TO_ASCII QT_NO_FOREACH
  ENVLENS_QT_MAJOR=${QT_MAJOR_VERSION})
if(ENVLENS_SANITIZE)
  set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(envlens_options INTERFACE ${_san})
  target_link_options(envlens_options INTERFACE ${_san})
endif()
if(ENVLENS_ENABLE_CLANG_TIDY)
  find_program(CLANG_TIDY_EXE clang-tidy REQUIRED)
  set(CMAKE_CXX_CLANG_TIDY ${CLANG_TIDY_EXE})
endif()
