#!/bin/sh
# Unblock is built for Windows too, where we cannot run it here: so core and
# app call the operating system only through Qt, or through core/platform,
# which holds each call's POSIX and Windows paths side by side. This looks
# for calls, headers and paths that exist on one system only anywhere else in
# core/ and app/, and fails naming each one.
#   check-portability.sh REPOSITORY
cd "$1" || exit 2
status=0

# refuse PATTERN REASON: every line of core/ and app/ (outside core/platform)
# that matches the extended regular expression PATTERN is a failure.
refuse() {
  hits=$(grep -rnE --include='*.cpp' --include='*.h' -e "$1" core app | grep -v '^core/platform/')
  if [ -n "$hits" ]; then
    printf '%s\n%s\n\n' "$2:" "$hits" >&2
    status=1
  fi
}

refuse '#include <(unistd|fcntl|pwd|grp|dlfcn|poll|termios|dirent|signal|syslog)\.h>' \
  'a POSIX-only header'
refuse '#include <(sys|netinet|arpa)/' 'a POSIX-only header'
refuse '#include <csignal>' 'signals are POSIX-only (Windows has no SIGTERM to catch)'
refuse '#include <(windows|io|direct|process)\.h>' 'a Windows-only header'
refuse '(^|[^A-Za-z_.>])(fsync|fdatasync|getuid|geteuid|getpid|getppid|fork|kill|signal|sigaction|mkstemp|realpath|setenv|unsetenv|symlink|chmod|chown|umask) *\(' \
  'a POSIX-only call'
refuse '(^|[^A-Za-z0-9_>])::(open|close|read|write|rename|unlink|stat) *\(' \
  'a raw system call: use Qt, or add it to core/platform with its Windows path'
refuse '(std::(rename|remove|system)|(^|[^A-Za-z0-9_:.>])(fopen|freopen|tmpfile)) *\(' \
  "a C library call with a narrow path, which Windows reads in the local code page: use Qt's"
refuse 'std::filesystem' \
  'a path from narrow bytes is in the local code page on Windows: use QFile, QDir, QFileInfo'
refuse 'QFile::encodeName' \
  'a path in the local 8-bit encoding: SQLite wants UTF-8 on every system'
refuse '"/(tmp|home|etc|usr|var|dev|proc)(/|")' \
  'a Unix path: use QDir::tempPath, QStandardPaths or a path the user chose'

if [ $status -ne 0 ]; then
  echo "Put each call above in core/platform, with the other system's path beside it." >&2
else
  echo "ok: no system-specific calls in core/ or app/ outside core/platform"
fi
exit $status
