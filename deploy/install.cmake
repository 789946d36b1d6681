# What `cmake --install` and `tools/dev package` put where. The layout is the Debian package's:
#   /usr/bin/haven, the exercises and audio in /usr/share/haven (found from the executable's own
#   folder, so an extracted or relocated copy works), the desktop entry, icon, AppStream metainfo
#   and man page, and the kiosk: its systemd unit, the haven user (sysusers.d), its state folder
#   /var/lib/haven (tmpfiles.d), the system-wide configuration /etc/haven/haven.conf, and a udev
#   rule that mounts a USB stick for staff's CSV export.
#
# Packaged with CPack rather than debhelper: the package is made from the very build the tests
# just ran (no second ten-minute build in CI), nothing but CMake and dpkg is needed, and the file
# list lives in one place for `cmake --install` and the .deb alike. What debhelper would add by
# itself (maintainer scripts, conffiles, the changelog) is written out in deploy/debian/.

set(HAVEN_APP_ID io.github.havenapp.Haven)
# Whatever the umask of whoever builds it.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(HAVEN_SYSTEM_CONFIG_DIR /etc/haven)

install(TARGETS haven RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY media/exercises media/audio DESTINATION ${CMAKE_INSTALL_DATADIR}/haven)

# Desktop integration.
install(FILES deploy/haven.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES deploy/haven.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES deploy/${HAVEN_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
set(HAVEN_MAN_PAGE ${CMAKE_BINARY_DIR}/deploy/haven.1.gz)
add_custom_command(OUTPUT ${HAVEN_MAN_PAGE}
    COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/deploy/haven.1 > ${HAVEN_MAN_PAGE}
    DEPENDS deploy/haven.1 VERBATIM)

# The kiosk. The system configuration is the documented example with every setting commented
# out: it is read before each user's own file, by home users too, so it sets nothing by itself.
file(READ deploy/haven.conf.example HAVEN_CONF_EXAMPLE)
string(REGEX REPLACE "\n([A-Za-z]+=)" "\n;\\1" HAVEN_SYSTEM_CONF "${HAVEN_CONF_EXAMPLE}")
file(WRITE ${CMAKE_BINARY_DIR}/deploy/haven.conf "${HAVEN_SYSTEM_CONF}")
# root:haven 0640 by a dpkg-statoverride (postinst), which dpkg applies on every unpack: once
# the PIN's hash is in it, only root and the kiosk may read it.
install(FILES ${CMAKE_BINARY_DIR}/deploy/haven.conf DESTINATION ${HAVEN_SYSTEM_CONFIG_DIR})
install(FILES deploy/haven-kiosk.service DESTINATION lib/systemd/system)
install(FILES deploy/sysusers.conf DESTINATION lib/sysusers.d RENAME haven.conf)
install(FILES deploy/tmpfiles.conf DESTINATION lib/tmpfiles.d RENAME haven.conf)
install(FILES deploy/usb-export.rules DESTINATION lib/udev/rules.d RENAME 90-haven-usb-export.rules)

# What Debian asks of every package: the copyright, a changelog, compressed and without a date.
set(HAVEN_DEB_CHANGELOG ${CMAKE_BINARY_DIR}/deploy/changelog.gz)
add_custom_command(OUTPUT ${HAVEN_DEB_CHANGELOG}
    COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/deploy/debian/changelog > ${HAVEN_DEB_CHANGELOG}
    DEPENDS deploy/debian/changelog VERBATIM)
add_custom_target(haven_docs ALL DEPENDS ${HAVEN_MAN_PAGE} ${HAVEN_DEB_CHANGELOG})
install(FILES ${HAVEN_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES deploy/debian/copyright ${HAVEN_DEB_CHANGELOG} deploy/haven.conf.example
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/haven)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME haven)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Haven developers <haven@havenapp.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "calm grounding and regulation exercises")
# CPack puts the summary first, then these lines, each indented, a blank line as " .".
set(CPACK_PACKAGE_DESCRIPTION "Haven guides a person through short grounding and regulation exercises:
paced breathing, safe-place imagery, 5-4-3-2-1 senses, body scan, orienting
to the room and gentle movement, to help them come back into their window of
tolerance. It serves a waiting-room kiosk (under cage, started by systemd),
a person at home and a therapist mid-session.

It is private by construction: no accounts, no free text, no network, only
anonymous usage counts kept on the device.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/havenapp/haven)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no shared library pulls in: the QML modules Haven imports, the platform plugins (Wayland
# for cage and Wayland desktops, xcb and offscreen for X11 and --self-test), the on-screen
# keyboard, SQLite's Qt driver, the font, and what makes the kiosk's user and folder.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qml6-module-qtqml, qml6-module-qtqml-models, \
qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-window, \
qml6-module-qtquick-layouts, qml6-module-qtquick-shapes, qml6-module-qt-labs-folderlistmodel, \
qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, qt6-wayland, qt6-qpa-plugins, \
libqt6sql6-sqlite, fonts-open-sans, systemd")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cage, xwayland, pipewire-pulse, wireplumber")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/deploy/debian/conffiles ${PROJECT_SOURCE_DIR}/deploy/debian/postinst
    ${PROJECT_SOURCE_DIR}/deploy/debian/prerm ${PROJECT_SOURCE_DIR}/deploy/debian/postrm)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/package)
include(CPack)
