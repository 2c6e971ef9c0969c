# Split DWARF for GCC's full debug info. The suite links the static core into ~90 executables; with the DWARF in
# every one of them a Debug tree grew past 11 GB (a 150 MB test binary was 108 MB .debug_info) and filled the CI
# machine's disk. With -gsplit-dwarf the debug info stays once, in a .dwo beside each object, and the executables
# keep only a skeleton: gdb and sanitizer backtraces still find file, line and locals in the build tree.
# The asan preset (clang) keeps line tables only, which are small, so this is for GCC.
option(CONSENTDESK_SPLIT_DWARF "Keep GCC's debug info in .dwo files beside the objects (ELF platforms)" ON)
if(CONSENTDESK_SPLIT_DWARF AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND NOT APPLE AND NOT WIN32)
    add_compile_options("$<$<CONFIG:Debug,RelWithDebInfo>:-gsplit-dwarf>")
    # GCC adds .debug_gnu_pubnames/pubtypes to split objects (70 MB in a GUI test binary); lld folds them into a
    # small .gdb_index instead, which also makes gdb start faster.
    if(CONSENTDESK_HAVE_LLD)
        add_link_options("$<$<CONFIG:Debug,RelWithDebInfo>:LINKER:--gdb-index>")
    endif()
endif()
