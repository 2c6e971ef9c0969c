# Fuzzing (issue 12): one folder per target, tests/fuzz/<target>/, with its harness (LLVMFuzzerTestOneInput) and a
# small committed seed corpus recorded from the sandbox (`scripts/fuzz --record-seeds`) plus the regression inputs of
# every crash found.
#
# consentdesk_add_fuzzer(NAME <target> SOURCES <harness…> LIBS <targets…>)
#   always:            fuzz_replay_<target> (label default) runs every committed input once — found bugs stay fixed;
#   CONSENTDESK_FUZZ:  fuzz_<target> is a libFuzzer executable (clang, asan preset) and the test fuzz_<target>
#                      (label fuzz) fuzzes it for CONSENTDESK_FUZZ_SECONDS through scripts/fuzz, as CI does.
# Without CONSENTDESK_FUZZ the same harness links a small replay main instead of libFuzzer.

set(CONSENTDESK_FUZZ_SECONDS 20 CACHE STRING "How long the fuzz-labelled tests fuzz each target")

qt_add_library(consentdesk_fuzzsupport STATIC
    ${CMAKE_CURRENT_LIST_DIR}/support/FuzzEnvironment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/support/FuzzEnvironment.h
    ${CMAKE_CURRENT_LIST_DIR}/support/FuzzOracles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/support/FuzzOracles.h
    ${CMAKE_CURRENT_LIST_DIR}/support/ScriptedResponse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/support/ScriptedResponse.h
    ${CMAKE_CURRENT_LIST_DIR}/support/ScriptedReply.cpp
    ${CMAKE_CURRENT_LIST_DIR}/support/ScriptedReply.h
    ${CMAKE_CURRENT_LIST_DIR}/support/ScriptedNetworkAccessManager.cpp
    ${CMAKE_CURRENT_LIST_DIR}/support/ScriptedNetworkAccessManager.h)
target_include_directories(consentdesk_fuzzsupport PUBLIC ${CMAKE_CURRENT_LIST_DIR}/support)
target_link_libraries(consentdesk_fuzzsupport PUBLIC Qt6::Core Qt6::Network consentdesk_log consentdesk_testsupport)
consentdesk_set_warnings(consentdesk_fuzzsupport)

function(consentdesk_add_fuzzer)
    cmake_parse_arguments(F "" "NAME" "SOURCES;LIBS" ${ARGN})
    string(REPLACE "-" "_" id ${F_NAME})
    set(exe fuzz_${id})
    set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/corpus)
    if(CONSENTDESK_FUZZ)
        qt_add_executable(${exe} ${F_SOURCES})
        target_compile_options(${exe} PRIVATE -fsanitize=fuzzer)
        target_link_options(${exe} PRIVATE -fsanitize=fuzzer)
    else()
        qt_add_executable(${exe} ${F_SOURCES} ${PROJECT_SOURCE_DIR}/tests/fuzz/support/FuzzReplayMain.cpp)
    endif()
    set_target_properties(${exe} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/bin)
    target_link_libraries(${exe} PRIVATE consentdesk_fuzzsupport ${F_LIBS})
    consentdesk_set_warnings(${exe})

    set(home ${CMAKE_BINARY_DIR}/tests/home/${exe})
    set(env "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;XDG_CACHE_HOME=${home}/.cache")
    # libFuzzer runs the inputs of a directory and stops with -runs=0; the replay main takes the directory as it is.
    if(CONSENTDESK_FUZZ)
        add_test(NAME fuzz_replay_${id} COMMAND ${exe} -runs=0 ${corpus})
    else()
        add_test(NAME fuzz_replay_${id} COMMAND ${exe} ${corpus})
    endif()
    set_tests_properties(fuzz_replay_${id} PROPERTIES LABELS "default;fuzz-replay" TIMEOUT 120 ENVIRONMENT "${env}")
    set_property(TEST fuzz_replay_${id} APPEND PROPERTY ENVIRONMENT ${CONSENTDESK_SANITIZER_ENV})

    if(CONSENTDESK_FUZZ)
        add_test(NAME fuzz_${id}
            COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/fuzz --no-build --build-dir ${CMAKE_BINARY_DIR}
                    ${F_NAME} ${CONSENTDESK_FUZZ_SECONDS})
        # libFuzzer stops itself after -max_total_time; the limit only catches a run that never starts fuzzing, with room
        # for loading the corpus on a slow, shared machine.
        math(EXPR timeout "${CONSENTDESK_FUZZ_SECONDS} * 3 + 300")
        set_tests_properties(fuzz_${id} PROPERTIES LABELS fuzz TIMEOUT ${timeout} ENVIRONMENT "${env}")
    endif()
endfunction()
