# Code signing, notarization and stapling of ConsentDesk.app and its disk image. CPack runs this script twice:
#   before packaging (CPACK_PRE_BUILD_SCRIPTS): after macdeployqt put Qt into the bundle, every library, plug-in and
#     program in ConsentDesk.app is signed inside-out with the hardened runtime and a secure timestamp, then the
#     bundle itself (programs with packaging/macos/entitlements.plist);
#   after packaging (CPACK_POST_BUILD_SCRIPTS): the .dmg is signed, submitted with `xcrun notarytool submit --wait`
#     and the ticket stapled with `xcrun stapler staple`.
#
# Configured through the environment:
#   CONSENTDESK_CODESIGN_IDENTITY  "Developer ID Application: …" in the login or a CI keychain
#   CONSENTDESK_NOTARY_PROFILE     a keychain profile made with `xcrun notarytool store-credentials`, or
#   CONSENTDESK_NOTARY_APPLE_ID, CONSENTDESK_NOTARY_TEAM_ID, CONSENTDESK_NOTARY_PASSWORD (app-specific password)
# Without an identity the bundle gets an ad-hoc signature (Apple silicon runs only signed code; Gatekeeper will
# still ask on other Macs) and notarization is skipped, each with a message saying so.
cmake_minimum_required(VERSION 3.21)

set(identity "$ENV{CONSENTDESK_CODESIGN_IDENTITY}")
set(entitlements "${CMAKE_CURRENT_LIST_DIR}/entitlements.plist")

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (${result}):\n${output}")
    endif()
endfunction()

function(sign file)
    if(identity STREQUAL "")
        run("Ad-hoc signing ${file}" codesign --force --sign - ${ARGN} "${file}")
    else()
        run("Signing ${file}" codesign --force --timestamp --options runtime --sign "${identity}" ${ARGN} "${file}")
    endif()
endfunction()

if(NOT CPACK_PACKAGE_FILES)
    file(GLOB bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*.app")
    if(NOT bundles)
        message(FATAL_ERROR "Code signing: no .app bundle in ${CPACK_TEMPORARY_DIRECTORY}.")
    endif()
    if(identity STREQUAL "")
        message(STATUS "Code signing with a Developer ID skipped: CONSENTDESK_CODESIGN_IDENTITY is not set. "
                       "The bundle gets an ad-hoc signature; it is not notarized.")
    endif()
    foreach(bundle IN LISTS bundles)
        # Inside-out: libraries and plug-ins first, then the helper programs, then the bundle (its main program).
        file(GLOB_RECURSE libraries "${bundle}/Contents/Frameworks/*.dylib" "${bundle}/Contents/PlugIns/*.dylib")
        file(GLOB frameworks LIST_DIRECTORIES true "${bundle}/Contents/Frameworks/*.framework")
        foreach(file IN LISTS libraries frameworks)
            sign("${file}")
        endforeach()
        get_filename_component(main "${bundle}" NAME_WE)
        file(GLOB programs "${bundle}/Contents/MacOS/*")
        foreach(program IN LISTS programs)
            get_filename_component(name "${program}" NAME)
            if(NOT name STREQUAL main)
                sign("${program}" --entitlements "${entitlements}")
            endif()
        endforeach()
        sign("${bundle}" --entitlements "${entitlements}")
        run("Verifying the signature of ${bundle}" codesign --verify --deep --strict "${bundle}")
        message(STATUS "Signed ${bundle}")
    endforeach()
    return()
endif()

foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
    if(NOT dmg MATCHES "\\.dmg$")
        continue()
    endif()
    if(identity STREQUAL "")
        message(STATUS "Signing and notarization of ${dmg} skipped: CONSENTDESK_CODESIGN_IDENTITY is not set.")
        continue()
    endif()
    sign("${dmg}")
    if(NOT "$ENV{CONSENTDESK_NOTARY_PROFILE}" STREQUAL "")
        set(credentials --keychain-profile "$ENV{CONSENTDESK_NOTARY_PROFILE}")
    elseif(NOT "$ENV{CONSENTDESK_NOTARY_APPLE_ID}" STREQUAL "")
        set(credentials --apple-id "$ENV{CONSENTDESK_NOTARY_APPLE_ID}" --team-id "$ENV{CONSENTDESK_NOTARY_TEAM_ID}"
                        --password "$ENV{CONSENTDESK_NOTARY_PASSWORD}")
    else()
        message(STATUS "Notarization of ${dmg} skipped: set CONSENTDESK_NOTARY_PROFILE, or "
                       "CONSENTDESK_NOTARY_APPLE_ID, CONSENTDESK_NOTARY_TEAM_ID and CONSENTDESK_NOTARY_PASSWORD.")
        continue()
    endif()
    message(STATUS "Notarizing ${dmg} (waits for Apple's answer)")
    # notarytool can exit 0 for a submission Apple rejected: the status line decides.
    execute_process(COMMAND xcrun notarytool submit "${dmg}" ${credentials} --wait
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR NOT output MATCHES "status: Accepted")
        message(FATAL_ERROR "Notarization of ${dmg} was not accepted (${result}):\n${output}\n"
                            "`xcrun notarytool log <submission id>` shows Apple's reasons.")
    endif()
    run("Stapling the notarization ticket to ${dmg}" xcrun stapler staple "${dmg}")
    run("Checking ${dmg} with Gatekeeper" spctl --assess --type open --context context:primary-signature "${dmg}")
    message(STATUS "Notarized and stapled ${dmg}")
endforeach()
