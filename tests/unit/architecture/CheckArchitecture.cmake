# 1. src/ never includes QtWidgets.
# 2. Only src/graph (the transport), src/auth (the OAuth token endpoint, driven by QtNetworkAuth) and src/sandbox
#    (the server side) touch QNetworkRequest / QNetworkAccessManager::get|post; no view or service does.
# 3. The sandbox includes nothing from the client side (graph/, directory/, consent/, auth/).
# 4. No QtKeychain insecure fallback and no listener on all interfaces, anywhere.
# 5. ui/ includes nothing from the sandbox: the demo tenant comes through ui/session/DemoTenant.h (app/demo).
# 6. One write pipeline: only WriteRunner records journal intents (Journal::recordIntent), so every tenant write is
#    journaled the same way; ui/common (the pipeline's GUI) does not reach into a view's folder.
set(failures "")

file(GLOB_RECURSE src_files ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/src/*.cpp)
foreach(f IN LISTS src_files)
    file(READ ${f} text)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
    if(text MATCHES "#include[ \t]*<(QtWidgets/|QWidget>|QMainWindow>|QDialog>|QMessageBox>|QApplication>|QAbstractButton>|QPushButton>|QLabel>)")
        list(APPEND failures "${rel}: includes a QtWidgets header (src/ must stay headless)")
    endif()
    if(NOT rel MATCHES "^src/(graph|auth|sandbox)/" AND text MATCHES "QNetworkRequest")
        list(APPEND failures "${rel}: builds a QNetworkRequest outside src/graph")
    endif()
    if(rel MATCHES "^src/sandbox/" AND text MATCHES "#include[ \t]*\"(graph|directory|consent|auth)/")
        list(APPEND failures "${rel}: the sandbox includes client-side code")
    endif()
endforeach()

file(GLOB_RECURSE ui_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/app/*.cpp)
foreach(f IN LISTS ui_files)
    file(READ ${f} text)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
    if(text MATCHES "QNetworkRequest|QNetworkAccessManager")
        list(APPEND failures "${rel}: network access from the UI or app layer (go through src/graph)")
    endif()
    if(rel MATCHES "^ui/" AND text MATCHES "#include[ \t]*\"sandbox/")
        list(APPEND failures "${rel}: the ui includes the sandbox (use DemoTenant, implemented in app/demo)")
    endif()
endforeach()

file(GLOB_RECURSE all_files ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/app/*.cpp)
foreach(f IN LISTS all_files)
    file(READ ${f} text)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
    if(text MATCHES "setInsecureFallback\\([ \t]*true")
        list(APPEND failures "${rel}: QtKeychain insecure fallback (plain-text secrets)")
    endif()
    if(text MATCHES "QHostAddress::Any")
        list(APPEND failures "${rel}: listens on all interfaces (bind 127.0.0.1)")
    endif()
endforeach()

file(GLOB_RECURSE product_files ${SOURCE_DIR}/src/*.h ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/app/*.cpp)
foreach(f IN LISTS product_files)
    file(READ ${f} text)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
    if(text MATCHES "recordIntent\\(" AND NOT rel MATCHES "^src/(pipeline/WriteRunner\\.cpp|consent/Journal\\.(h|cpp))$")
        list(APPEND failures "${rel}: records a journal intent itself (tenant writes go through WriteRunner)")
    endif()
    if(rel MATCHES "^ui/common/" AND text MATCHES "#include[ \t]*\"(requests|apps|access|activity|users|signin|diagnostics)/")
        list(APPEND failures "${rel}: ui/common includes a view's folder")
    endif()
endforeach()

# Issue 13: no ui file over 500 lines — a longer view is split into the panels it is made of.
file(GLOB_RECURSE ui_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
foreach(f IN LISTS ui_files)
    file(READ ${f} text)
    string(REGEX REPLACE "[^\n]" "" newlines "${text}") # file(STRINGS) would skip the empty lines
    string(LENGTH "${newlines}" count)
    file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
    if(count GREATER 500)
        list(APPEND failures "${rel}: ${count} lines, over 500 (split it along its sections)")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n  " msg)
    message(FATAL_ERROR "Architecture rules broken:\n  ${msg}")
endif()
message(STATUS "Architecture rules hold")
