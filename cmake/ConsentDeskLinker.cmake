# The suite is ~90 executables, each linking the static core with debug info: lld links them about five times
# faster than GNU ld (measured on the 2-core build machine), which is most of an incremental rebuild.
option(CONSENTDESK_USE_LLD "Link with lld when the toolchain supports it (ELF platforms)" ON)
if(CONSENTDESK_USE_LLD AND NOT MSVC AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" CONSENTDESK_HAVE_LLD)
    if(CONSENTDESK_HAVE_LLD)
        add_link_options("-fuse-ld=lld")
    endif()
endif()
