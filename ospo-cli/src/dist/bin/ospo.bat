@echo off
rem The ospo command line, from an unpacked distribution: bin\ospo ARGS...
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem OSPO_JAVA_OPTS adds options for the Java virtual machine (for example -Xmx512m).
setlocal
set "OSPO_HOME=%~dp0.."
set "OSPO_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "OSPO_JAVA=%JAVA_HOME%\bin\java.exe"
"%OSPO_JAVA%" %OSPO_JAVA_OPTS% -cp "%OSPO_HOME%\lib\*" eu.ospo.cli.OspoCommand %*
exit /b %ERRORLEVEL%
