# Writes a gzipped man page (section 1) from a built program's own --help, so the page never drifts from the
# program. Script mode, run at build time by cmake/ConsentDeskPackaging.cmake:
#   cmake -DPROGRAM=<built binary> -DNAME=<name> -DSUMMARY=<one line> -DVERSION=<x.y.z> -DOUTPUT=<file.1.gz>
#         [-DSUBCOMMANDS=ON] [-DSEE_ALSO=<name,…>] -DHOME_DIR=<scratch folder> -P ConsentDeskManPage.cmake
# SUBCOMMANDS: the help lists commands under "Commands:"; each command's own --help becomes a subsection.
# The program runs without a display and with a scratch HOME: --help must work on a build machine (and that is
# what this proves for the GUI), and must leave nothing in the builder's home.
cmake_minimum_required(VERSION 3.21)

foreach(var PROGRAM NAME SUMMARY VERSION OUTPUT HOME_DIR)
    if("${${var}}" STREQUAL "")
        message(FATAL_ERROR "ConsentDeskManPage.cmake: ${var} is required")
    endif()
endforeach()

unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
file(MAKE_DIRECTORY "${HOME_DIR}")
set(ENV{HOME} "${HOME_DIR}")
set(ENV{XDG_CONFIG_HOME} "${HOME_DIR}/.config")
set(ENV{XDG_DATA_HOME} "${HOME_DIR}/.local/share")
set(ENV{XDG_CACHE_HOME} "${HOME_DIR}/.cache")
set(ENV{LANG} "C.UTF-8")
set(ENV{LC_ALL} "C.UTF-8")

function(help_of out_var)
    execute_process(COMMAND "${PROGRAM}" ${ARGN} --help
                    RESULT_VARIABLE result OUTPUT_VARIABLE text ERROR_VARIABLE errors TIMEOUT 60)
    if(NOT result EQUAL 0 OR text STREQUAL "")
        message(FATAL_ERROR "'${NAME} ${ARGN} --help' failed without a display (${result}): ${errors}")
    endif()
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Verbatim text in roff: backslashes escaped, lines that would start a request protected, and a no-fill block.
function(roff_verbatim out_var text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    set(${out_var} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_of(main_help)
string(TOUPPER "${NAME}" title)
string(REPLACE "-" "\\-" roff_name "${NAME}")
roff_verbatim(body "${main_help}")
set(page ".\\\" Generated from '${NAME} --help' by cmake/ConsentDeskManPage.cmake; do not edit.\n")
string(APPEND page ".TH ${title} 1 \"\" \"ConsentDesk ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${roff_name} \\- ${SUMMARY}\n")
string(APPEND page ".SH DESCRIPTION\n${body}")

if(SUBCOMMANDS)
    # The lines under "Commands:" up to the next blank line: "  word word [ARG]   summary".
    string(REGEX MATCH "Commands:\n(([ ][ ][^\n]*\n)+)" commands_block "${main_help}")
    string(REGEX MATCHALL "  [a-z][^\n]*" command_lines "${CMAKE_MATCH_1}")
    if(NOT command_lines)
        message(FATAL_ERROR "ConsentDeskManPage.cmake: no commands found in '${NAME} --help'")
    endif()
    string(APPEND page ".SH COMMANDS\n")
    foreach(line IN LISTS command_lines)
        string(REGEX MATCH "^  ([a-z][a-z-]*( [a-z][a-z-]*)*)" _ "${line}")
        set(words "${CMAKE_MATCH_1}")
        separate_arguments(word_list UNIX_COMMAND "${words}")
        help_of(command_help ${word_list})
        roff_verbatim(command_body "${command_help}")
        string(REPLACE "-" "\\-" roff_words "${words}")
        string(APPEND page ".SS ${roff_words}\n${command_body}")
    endforeach()
endif()

if(SEE_ALSO)
    string(REPLACE "," ";" see_also "${SEE_ALSO}")
    set(refs "")
    foreach(ref IN LISTS see_also)
        string(REPLACE "-" "\\-" ref "${ref}")
        list(APPEND refs ".BR ${ref} (1)")
    endforeach()
    list(JOIN refs ",\n" refs)
    string(APPEND page ".SH SEE ALSO\n${refs}\n")
endif()

get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
file(WRITE "${plain}" "${page}")
# Debian installs man pages gzipped; a fixed timestamp keeps the archive the same from build to build.
file(ARCHIVE_CREATE OUTPUT "${OUTPUT}" PATHS "${plain}" FORMAT raw COMPRESSION GZip MTIME "1970-01-01")
