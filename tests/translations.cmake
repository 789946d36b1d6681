# tst_translations: lupdate reads the sources as they are now into copies of i18n/*.ts. A string
# added without its translation comes out unfinished; one the sources no longer have, vanished or
# obsolete. Either fails, naming the strings (`cmake --build build --target update_translations`,
# then translate them in i18n/).
#
# -D LUPDATE, GENERATOR (Qt's GenerateLUpdateProject.cmake), PROJECT (the .cmake it reads),
# SOURCE_DIR, WORK_DIR.
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT} -DOUT_FILE=${WORK_DIR}/project.json
                        -P ${GENERATOR}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project")
endif()

set(failures "")
foreach(language es en)
    set(ts ${WORK_DIR}/haven_${language}.ts)
    file(COPY_FILE ${SOURCE_DIR}/i18n/haven_${language}.ts ${ts})
    # English holds only the plurals; every other English string is its own source text.
    set(only "")
    if(language STREQUAL "en")
        set(only -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json -ts ${ts} ${only}
                            -locations none -silent
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on haven_${language}.ts")
    endif()
    file(READ ${ts} text)
    string(REGEX MATCHALL "<message[^>]*>[^<]*<source>[^<]*</source>[^<]*<translation type=\"(unfinished|vanished|obsolete)\""
           bad "${text}")
    list(LENGTH bad count)
    if(count GREATER 0)
        foreach(entry IN LISTS bad)
            string(REGEX REPLACE ".*<source>([^<]*)</source>.*type=\"([a-z]+)\"" "  \\2: \\1" line
                   "${entry}")
            string(APPEND failures "haven_${language}.ts${line}\n")
        endforeach()
    endif()
    string(REGEX MATCHALL "<message" messages "${text}")
    list(LENGTH messages total)
    message(STATUS "haven_${language}.ts: ${total} strings, ${count} unfinished or unused")
endforeach()
if(NOT failures STREQUAL "")
    message(FATAL_ERROR "translations out of date:\n${failures}")
endif()
