# Installers. Linux: a .deb (dependencies from dpkg-shlibdeps). Windows: an NSIS .exe and a WiX .msi. macOS: a
# DragNDrop .dmg holding ConsentDesk.app. Included last from the top-level CMakeLists.txt, once the programs exist.
# CPack reads its variables when include(CPack) runs (at the end of this file): every CPACK_* variable is set
# before that line. tests/packaging checks the generated configuration.
set(CONSENTDESK_APP_ID "org.consentdesk.ConsentDesk")
# Paths from this file, not CMAKE_SOURCE_DIR: tests/packaging configures it inside a stand-in project.
get_filename_component(_cd_root ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set(_cd_packaging ${_cd_root}/packaging)
set(_cd_tools "")
foreach(tool consentdesk-cli consentdesk-sandbox)
    if(TARGET ${tool})
        list(APPEND _cd_tools ${tool})
    endif()
endforeach()

# --- What every installer says about the product ---
set(CPACK_PACKAGE_NAME "ConsentDesk")
set(CPACK_PACKAGE_VENDOR "ConsentDesk")
set(CPACK_PACKAGE_CONTACT "ConsentDesk developers <https://github.com/consentdesk/consentdesk/issues>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "ConsentDesk shows the consent requests users raise, who asked and why, and which permissions an app wants, "
    "ranked by risk. Grant only what is needed after a preview of every change, revoke the excess with undo, scope "
    "an app's mailbox access in Exchange Online and prove it. consentdesk-cli does the same from scripts.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ConsentDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ConsentDesk")
# Start-menu shortcut (NSIS and WiX): bin/consentdesk.exe as "ConsentDesk".
set(CPACK_PACKAGE_EXECUTABLES "consentdesk;ConsentDesk")
# The installers' agreement page shows what ConsentDesk does on a tenant and keeps on the machine.
set(CPACK_RESOURCE_FILE_LICENSE "${_cd_packaging}/installer-notice.txt")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# --- Windows: version resource and icon, Qt's runtime, NSIS and WiX, Authenticode ---
if(WIN32)
    set(_cd_rc_programs consentdesk ${_cd_tools})
    set(_cd_rc_descriptions
        "ConsentDesk" "ConsentDesk command line" "ConsentDesk sandbox tenant")
    foreach(program IN LISTS _cd_rc_programs)
        list(FIND _cd_rc_programs ${program} index)
        list(GET _cd_rc_descriptions ${index} CONSENTDESK_RC_DESCRIPTION)
        set(CONSENTDESK_RC_NAME ${program})
        set(CONSENTDESK_RC_FILENAME ${program}.exe)
        set(CONSENTDESK_RC_ICON "${_cd_packaging}/windows/consentdesk.ico")
        configure_file(${_cd_packaging}/windows/consentdesk.rc.in ${CMAKE_BINARY_DIR}/packaging/${program}.rc @ONLY)
        target_sources(${program} PRIVATE ${CMAKE_BINARY_DIR}/packaging/${program}.rc)
    endforeach()

    # The MSVC runtime beside the programs (windeployqt would only drop vc_redist.exe there), and the non-Qt
    # libraries they load (QtKeychain, spdlog, fmt from vcpkg): windeployqt only deploys Qt's own.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
    foreach(imported Qt6Keychain::Qt6Keychain spdlog::spdlog fmt::fmt)
        if(TARGET ${imported})
            get_target_property(type ${imported} TYPE)
            if(type STREQUAL "SHARED_LIBRARY")
                install(IMPORTED_RUNTIME_ARTIFACTS ${imported} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
            endif()
        endif()
    endforeach()

    set(CPACK_NSIS_PACKAGE_NAME "ConsentDesk")
    set(CPACK_NSIS_DISPLAY_NAME "ConsentDesk ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${_cd_packaging}/windows/consentdesk.ico")
    set(CPACK_NSIS_MUI_UNIICON "${_cd_packaging}/windows/consentdesk.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\consentdesk.exe")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "consentdesk.exe")
    # The installer asks whether to put bin\ (consentdesk-cli.exe) on PATH; the uninstaller takes it off again.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_UNINSTALL_NAME "Uninstall ConsentDesk")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")

    # Fixed for the product's lifetime: Windows upgrades find the old install through it.
    set(CPACK_WIX_UPGRADE_GUID "6F1D2C3B-8A4E-4B7F-9E21-3C5D7A9B0E14")
    set(CPACK_WIX_PRODUCT_ICON "${_cd_packaging}/windows/consentdesk.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "ConsentDesk")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
    # The feature tree offers "consentdesk-cli on PATH" (packaging/windows/wix-patch.xml) as an optional feature.
    set(CPACK_WIX_UI_REF "WixUI_FeatureTree")
    set(CPACK_WIX_PATCH_FILE "${_cd_packaging}/windows/wix-patch.xml")
    # A system PATH entry needs a per-machine install.
    set(CPACK_WIX_INSTALL_SCOPE "perMachine")
    if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.30 AND NOT DEFINED CPACK_WIX_VERSION)
        # The WiX .NET tool (v4+, `dotnet tool install --global wix`) rather than the retired v3 candle/light.
        set(CPACK_WIX_VERSION 4)
    endif()

    set(CPACK_PRE_BUILD_SCRIPTS "${_cd_packaging}/windows/sign.cmake")
    set(CPACK_POST_BUILD_SCRIPTS "${_cd_packaging}/windows/sign.cmake")
endif()

# --- macOS: the bundle (Info.plist, icon, the CLI inside), Qt's runtime, the disk image, signing ---
if(APPLE)
    set_target_properties(consentdesk PROPERTIES OUTPUT_NAME ConsentDesk)
    set(CONSENTDESK_BUNDLE_EXECUTABLE ConsentDesk)
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(CONSENTDESK_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
    else()
        set(CONSENTDESK_MACOS_MINIMUM "12.0") # Qt 6.8's own minimum
    endif()
    configure_file(${_cd_packaging}/macos/Info.plist.in ${CMAKE_BINARY_DIR}/packaging/Info.plist @ONLY)
    set_target_properties(consentdesk PROPERTIES MACOSX_BUNDLE_INFO_PLIST ${CMAKE_BINARY_DIR}/packaging/Info.plist)
    target_sources(consentdesk PRIVATE ${_cd_packaging}/macos/consentdesk.icns)
    set_source_files_properties(${_cd_packaging}/macos/consentdesk.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # consentdesk-cli (and the sandbox) live in ConsentDesk.app/Contents/MacOS next to the app and find Qt in the
    # bundle's Frameworks; the README says how to put the CLI on PATH.
    foreach(tool IN LISTS _cd_tools)
        set_target_properties(${tool} PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
        install(TARGETS ${tool} RUNTIME DESTINATION ConsentDesk.app/Contents/MacOS)
    endforeach()
    # Qt's own words (OK, Cancel, Close, the file dialog) in the GUI's languages: macdeployqt deploys no
    # translations, so the bundle carries Qt's catalogs where ui/common/TranslationLoader looks
    # (Contents/Resources/translations). windeployqt does this itself on Windows (translations/qt_<lang>.qm).
    foreach(language IN ITEMS de fr es ja)
        install(FILES "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${language}.qm"
            DESTINATION ConsentDesk.app/Contents/Resources/translations OPTIONAL)
    endforeach()

    set(CPACK_PACKAGE_ICON "${_cd_packaging}/macos/consentdesk.icns") # the disk image's volume icon
    set(CPACK_DMG_VOLUME_NAME "ConsentDesk")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_FILE_NAME "ConsentDesk-${PROJECT_VERSION}-macOS")
    set(CPACK_PRE_BUILD_SCRIPTS "${_cd_packaging}/macos/sign.cmake")
    set(CPACK_POST_BUILD_SCRIPTS "${_cd_packaging}/macos/sign.cmake")
endif()

# Qt's runtime in the Windows and macOS installers (windeployqt / macdeployqt). Linux packages use the
# distribution's Qt instead. The command's arguments changed between Qt releases; each is guarded.
if(WIN32 OR APPLE)
    set(_cd_deploy_args TARGET consentdesk)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        list(APPEND _cd_deploy_args OUTPUT_SCRIPT _cd_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        if(WIN32)
            # InstallRequiredSystemLibraries above installs the MSVC runtime itself.
            list(APPEND _cd_deploy_args NO_COMPILER_RUNTIME)
        endif()
    else()
        list(APPEND _cd_deploy_args FILENAME_VARIABLE _cd_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    if(APPLE AND Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
        # macdeployqt also rewrites the helper programs' library paths to the bundle's copies.
        set(_cd_extra "")
        foreach(tool IN LISTS _cd_tools)
            list(APPEND _cd_extra "-executable=ConsentDesk.app/Contents/MacOS/${tool}")
        endforeach()
        list(APPEND _cd_deploy_args DEPLOY_TOOL_OPTIONS ${_cd_extra})
    endif()
    qt_generate_deploy_app_script(${_cd_deploy_args})
    install(SCRIPT ${_cd_deploy_script})
endif()

# --- Linux: desktop entry, AppStream metadata, icons, man pages, .deb ---
if(UNIX AND NOT APPLE)
    install(FILES ${_cd_packaging}/linux/${CONSENTDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_cd_packaging}/linux/${CONSENTDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_cd_root}/resources/icons/consentdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${CONSENTDESK_APP_ID}.svg)
    file(GLOB _cd_icon_dirs LIST_DIRECTORIES true ${_cd_packaging}/linux/icons/*x*)
    foreach(dir IN LISTS _cd_icon_dirs)
        get_filename_component(size ${dir} NAME)
        install(FILES ${dir}/${CONSENTDESK_APP_ID}.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps)
    endforeach()

    # Man pages from the built programs' --help (cmake/ConsentDeskManPage.cmake), rebuilt when a program changes.
    if(NOT CMAKE_CROSSCOMPILING AND TARGET consentdesk-cli)
        set(_cd_man_dir ${CMAKE_BINARY_DIR}/packaging/man)
        set(_cd_man_pages "")
        set(_cd_man_consentdesk_summary "desktop admin console for Microsoft 365 / Entra ID application consent")
        set(_cd_man_consentdesk_args -DSEE_ALSO=consentdesk-cli)
        set(_cd_man_consentdesk-cli_summary "review, grant and revoke Microsoft 365 application consent from scripts")
        set(_cd_man_consentdesk-cli_args -DSUBCOMMANDS=ON -DSEE_ALSO=consentdesk)
        foreach(program consentdesk consentdesk-cli)
            set(page ${_cd_man_dir}/${program}.1.gz)
            add_custom_command(OUTPUT ${page}
                COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${program}> -DNAME=${program}
                        "-DSUMMARY=${_cd_man_${program}_summary}" -DVERSION=${PROJECT_VERSION} -DOUTPUT=${page}
                        -DHOME_DIR=${_cd_man_dir}/home ${_cd_man_${program}_args}
                        -P ${_cd_root}/cmake/ConsentDeskManPage.cmake
                DEPENDS ${program} ${_cd_root}/cmake/ConsentDeskManPage.cmake
                COMMENT "Writing the ${program}(1) man page from ${program} --help"
                VERBATIM)
            list(APPEND _cd_man_pages ${page})
        endforeach()
        add_custom_target(manpages ALL DEPENDS ${_cd_man_pages})
        install(FILES ${_cd_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()

    set(CPACK_DEBIAN_PACKAGE_NAME "consentdesk")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "ConsentDesk developers <https://github.com/consentdesk/consentdesk/issues>")
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Libraries the programs link come from dpkg-shlibdeps. What they load at run time is named here: Qt's SVG
    # plug-ins for the icons (their own package from Debian 13 on, inside libqt6svg6 before), libsecret (QtKeychain
    # opens it on demand). A Secret Service keeps the sign-in; xdg-open starts the browser; Qt's own translations
    # word the standard buttons and dialogs in the GUI's language; Wayland is optional.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-svg-plugins | libqt6svg6 (<< 6.5), libsecret-1-0")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, xdg-utils, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
endif()

include(CPack)
