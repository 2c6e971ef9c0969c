# Authenticode signing of the Windows programs and installers. CPack runs this script twice: before packaging
# (CPACK_PRE_BUILD_SCRIPTS: the programs in the staging folder, so the installers carry signed programs) and after
# (CPACK_POST_BUILD_SCRIPTS: the .exe and .msi installers themselves, listed in CPACK_PACKAGE_FILES).
#
# The certificate comes from the environment, never from the repository:
#   CONSENTDESK_SIGN_CERT_FILE      a .pfx file (CI: decoded from a secret), with CONSENTDESK_SIGN_CERT_PASSWORD
#   CONSENTDESK_SIGN_CERT_SHA1      or the thumbprint of a certificate in the Windows certificate store
#   CONSENTDESK_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server (default http://timestamp.digicert.com)
# Without a certificate it says that signing was skipped and changes nothing. The password is passed to signtool
# only; nothing here prints it.
cmake_minimum_required(VERSION 3.21)

if(CPACK_PACKAGE_FILES)
    set(stage "installers")
    set(files "")
    foreach(file IN LISTS CPACK_PACKAGE_FILES)
        if(file MATCHES "\\.(exe|msi)$")
            list(APPEND files "${file}")
        endif()
    endforeach()
else()
    set(stage "programs")
    file(GLOB_RECURSE files "${CPACK_TEMPORARY_DIRECTORY}/*consentdesk*.exe")
endif()

if("$ENV{CONSENTDESK_SIGN_CERT_FILE}" STREQUAL "" AND "$ENV{CONSENTDESK_SIGN_CERT_SHA1}" STREQUAL "")
    message(STATUS "Authenticode signing of the ${stage} skipped: no certificate configured "
                   "(set CONSENTDESK_SIGN_CERT_FILE and CONSENTDESK_SIGN_CERT_PASSWORD, or CONSENTDESK_SIGN_CERT_SHA1).")
    return()
endif()
if(NOT files)
    message(FATAL_ERROR "Authenticode signing: no ${stage} found to sign.")
endif()

# signtool comes with the Windows SDK; take the newest x64 one.
file(GLOB signtools "$ENV{ProgramFiles\(x86\)}/Windows Kits/10/bin/*/x64/signtool.exe")
list(SORT signtools COMPARE NATURAL ORDER DESCENDING)
find_program(SIGNTOOL NAMES signtool HINTS ${signtools})
if(signtools)
    list(GET signtools 0 SIGNTOOL)
endif()
if(NOT SIGNTOOL)
    message(FATAL_ERROR "Authenticode signing: signtool.exe not found (install the Windows SDK).")
endif()

set(timestamp "$ENV{CONSENTDESK_SIGN_TIMESTAMP_URL}")
if(timestamp STREQUAL "")
    set(timestamp "http://timestamp.digicert.com")
endif()
if(NOT "$ENV{CONSENTDESK_SIGN_CERT_FILE}" STREQUAL "")
    set(identity /f "$ENV{CONSENTDESK_SIGN_CERT_FILE}" /p "$ENV{CONSENTDESK_SIGN_CERT_PASSWORD}")
else()
    set(identity /sha1 "$ENV{CONSENTDESK_SIGN_CERT_SHA1}")
endif()

foreach(file IN LISTS files)
    message(STATUS "Authenticode signing ${file}")
    execute_process(
        COMMAND "${SIGNTOOL}" sign /fd SHA256 /td SHA256 /tr "${timestamp}" /d "ConsentDesk" ${identity} "${file}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Authenticode signing of ${file} failed (${result}):\n${output}")
    endif()
    execute_process(COMMAND "${SIGNTOOL}" verify /pa "${file}" RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Authenticode signing: ${file} was signed but its signature does not verify.")
    endif()
endforeach()
