# What the Windows build installs beside unblock.exe and unblock-cli.exe, as
# windeployqt would lay it out (a cross-built Qt has no windeployqt): the
# DLLs they load (Qt's, SQLite's, libqrencode's and mingw-w64's runtime),
# Qt's plugins, and the licences of Unblock and of what it carries. Then the
# portable zip (`cpack` in the build folder) and the per-user MSI (`msi`).
set(deps ${UNBLOCK_WINDOWS_DEPS})
set(bin ${CMAKE_INSTALL_BINDIR})

install(FILES $<TARGET_RUNTIME_DLLS:unblock> $<TARGET_RUNTIME_DLLS:unblock-cli>
  ${deps}/bin/sqlite3.dll ${deps}/bin/libqrencode.dll
  DESTINATION ${bin})
foreach(runtime libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
    OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  install(FILES ${path} DESTINATION ${bin})
endforeach()
# Qt looks for its plugins in folders beside the program.
foreach(plugins platforms styles imageformats iconengines tls)
  install(DIRECTORY ${deps}/plugins/${plugins} DESTINATION ${bin})
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
# The licences in one folder, named by what they are for ("Qt GPL-3.0-only.txt"):
# a folder holding only folders would outlive an uninstall.
foreach(project Qt SQLite libqrencode)
  string(TOLOWER ${project} folder)
  string(REPLACE "lib" "" folder ${folder})
  file(GLOB texts ${deps}/share/licenses/${folder}/*)
  foreach(text IN LISTS texts)
    get_filename_component(name ${text} NAME)
    install(FILES ${text} DESTINATION licences RENAME "${project} ${name}")
  endforeach()
endforeach()

# The icon the installer and Windows' list of programs show.
set(ico ${CMAKE_CURRENT_BINARY_DIR}/unblock.ico)
add_custom_command(OUTPUT ${ico}
  COMMAND render-icons ${icon_source} ${ico}
  DEPENDS render-icons ${icon_source}
  VERBATIM)
add_custom_target(windows-icon ALL DEPENDS ${ico})

set(CPACK_GENERATOR ZIP)
set(CPACK_PACKAGE_FILE_NAME Unblock-${PROJECT_VERSION}-windows-x64)
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

# The MSI, made with msitools' wixl from what `cmake --install` lays out:
# wixl-heat lists the files, installer/windows/unblock.wxs.in installs them
# for the current user only (no administrator), with a Start menu shortcut
# and *.unblock opening in Unblock.
find_program(WIXL wixl)
find_program(WIXL_HEAT wixl-heat)
if(WIXL AND WIXL_HEAT)
  set(stage ${PROJECT_BINARY_DIR}/msi-stage)
  set(msi ${PROJECT_BINARY_DIR}/packages/Unblock-${PROJECT_VERSION}-windows-x64.msi)
  configure_file(${PROJECT_SOURCE_DIR}/installer/windows/unblock.wxs.in
    ${PROJECT_BINARY_DIR}/unblock.wxs @ONLY)
  add_custom_target(msi
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${stage}
    COMMAND ${CMAKE_COMMAND} --install ${PROJECT_BINARY_DIR} --prefix ${stage}
    COMMAND ${CMAKE_COMMAND} -E copy ${ico} ${stage}/unblock.ico
    COMMAND sh ${PROJECT_SOURCE_DIR}/installer/windows/list-msi-files.sh msi-stage
      unblock-files.wxs
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packages
    # wixl finds the files by paths relative to where it runs.
    COMMAND ${WIXL} --arch x64 -D SourceDir=msi-stage -D Win64=yes -o ${msi}
      unblock.wxs unblock-files.wxs
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
    DEPENDS unblock unblock-cli windows-icon
    COMMENT "Building the per-user MSI with wixl"
    VERBATIM)
endif()
