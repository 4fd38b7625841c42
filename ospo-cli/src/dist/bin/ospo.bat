@echo off
rem The ospo command line, from an unpacked distribution: bin\ospo ARGS...
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem OSPO_JAVA_OPTS adds options for the Java virtual machine (for example -Xmx512m).
rem Fast start-up, with JAVA_HOME set to Java 19 or newer: the JVM keeps a class-data archive in
rem %OSPO_CACHE_DIR% (default %LOCALAPPDATA%\ospo), written when the first run ends and again when
rem the JDK or the jars change (-XX:+AutoCreateSharedArchive). OSPO_CDS=off runs without it.
setlocal
set "OSPO_HOME=%~dp0.."
set "OSPO_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "OSPO_JAVA=%JAVA_HOME%\bin\java.exe"
set "OSPO_START=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
if /i "%OSPO_CDS%"=="off" goto plain
if not defined JAVA_HOME goto plain
if not exist "%JAVA_HOME%\release" goto plain
set "OSPO_JDK="
for /f "usebackq tokens=2 delims==" %%v in (`findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"`) do set "OSPO_JDK=%%~v"
if not defined OSPO_JDK goto plain
for /f "tokens=1 delims=." %%f in ("%OSPO_JDK%") do set "OSPO_FEATURE=%%f"
if %OSPO_FEATURE% LSS 19 goto plain
if not defined OSPO_CACHE_DIR set "OSPO_CACHE_DIR=%LOCALAPPDATA%\ospo"
if not exist "%OSPO_CACHE_DIR%" mkdir "%OSPO_CACHE_DIR%" 2>nul
if not exist "%OSPO_CACHE_DIR%" goto plain
"%OSPO_JAVA%" %OSPO_START% -Xlog:disable -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%OSPO_CACHE_DIR%\ospo-jdk%OSPO_FEATURE%.jsa" %OSPO_JAVA_OPTS% -cp "%OSPO_HOME%\lib\*" eu.ospo.cli.Main %*
exit /b %ERRORLEVEL%
:plain
"%OSPO_JAVA%" %OSPO_START% %OSPO_JAVA_OPTS% -cp "%OSPO_HOME%\lib\*" eu.ospo.cli.Main %*
exit /b %ERRORLEVEL%
