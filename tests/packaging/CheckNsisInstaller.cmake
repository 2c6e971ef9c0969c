# Builds the NSIS installer on this Linux machine (Debian's makensis) from the Windows packaging configuration of
# the stand-in project in foreign/, whose programs are placeholders: what it proves is that CPack's NSIS script,
# the icons, the notice page, the Start-menu shortcut, the PATH option and the uninstaller compile into an
# installer, and that the Authenticode step runs and says it skipped without a certificate. The real installer,
# with windeployqt's Qt inside, is built by the Windows CI job.
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -DVERSION=<project version> -P CheckNsisInstaller.cmake
cmake_minimum_required(VERSION 3.21)

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (${result}):\n${output}")
    endif()
    set(output "${output}" PARENT_SCOPE)
endfunction()

find_program(MAKENSIS makensis)
if(NOT MAKENSIS)
    message(FATAL_ERROR "makensis not found: scripts/install-deps installs Debian's nsis package")
endif()

set(build "${WORK_DIR}/nsis-build")
set(out "${WORK_DIR}/nsis-out")
file(REMOVE_RECURSE "${build}" "${out}")
unset(ENV{CONSENTDESK_SIGN_CERT_FILE})
unset(ENV{CONSENTDESK_SIGN_CERT_SHA1})
run("Configuring the Windows packaging" ${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/packaging/foreign" -B "${build}"
    -G Ninja -DFAKE_PLATFORM=Windows -DFAKE_QT_VERSION=6.8.3 -DCONSENTDESK_VERSION=${VERSION})
run("Building the placeholder programs" ${CMAKE_COMMAND} --build "${build}")
run("cpack -G NSIS" ${CMAKE_COMMAND} -E chdir "${build}" cpack -G NSIS -B "${out}")
set(cpack_output "${output}")

set(failures "")
set(installer "${out}/ConsentDesk-${VERSION}-win64.exe")
if(NOT EXISTS "${installer}")
    string(APPEND failures "no installer ${installer}\n")
else()
    file(READ "${installer}" head LIMIT 2 HEX)
    if(NOT head STREQUAL "4d5a")
        string(APPEND failures "${installer} is not a Windows program (starts with ${head})\n")
    endif()
endif()
foreach(stage programs installers)
    if(NOT cpack_output MATCHES "Authenticode signing of the ${stage} skipped: no certificate configured")
        string(APPEND failures "cpack did not say that signing the ${stage} was skipped\n")
    endif()
endforeach()

file(GLOB_RECURSE scripts "${out}/_CPack_Packages/*/project.nsi")
if(NOT scripts)
    string(APPEND failures "no project.nsi\n")
else()
    list(GET scripts 0 script)
    file(READ "${script}" nsi)
    foreach(expected
            "CreateShortCut \"\\$SMPROGRAMS\\\\\\$STARTMENU_FOLDER\\\\ConsentDesk\\.lnk\" \"\\$INSTDIR\\\\bin\\\\consentdesk\\.exe\""
            "WriteUninstaller \"\\$INSTDIR\\\\Uninstall ConsentDesk\\.exe\""
            "Page custom InstallOptionsPage"
            "Push \\$INSTDIR\\\\bin\n[^\n]*\"ON\" \"ON\"[^\n]*\n[^\n]*DO_NOT_ADD_TO_PATH[^\n]*\n +Call AddToPath"
            "Call un\\.RemoveFromPath"
            "!define MUI_FINISHPAGE_RUN \"\\$INSTDIR\\\\bin\\\\consentdesk\\.exe\""
            "!insertmacro MUI_PAGE_LICENSE \"[^\"]*installer-notice\\.txt\""
            "!define MUI_ICON \"[^\"]*consentdesk\\.ico\"")
        if(NOT nsi MATCHES "${expected}")
            string(APPEND failures "project.nsi has no line matching: ${expected}\n")
        endif()
    endforeach()
endif()

if(failures)
    message(FATAL_ERROR "NSIS installer:\n${failures}")
endif()
message(STATUS "NSIS installer built: ${installer}")
