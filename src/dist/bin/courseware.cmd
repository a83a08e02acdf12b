@echo off
rem Runs courseware on Windows: the JDK in JAVA_HOME, or else the java on the PATH (courseware runs on JDK 21 to 25;
rem the tool itself refuses any other in one line). For the JIT and start-up choices of bin/courseware, use WSL.
setlocal
set "COURSEWARE_HOME=%~dp0.."
set "JAVA=java"
if exist "%COURSEWARE_HOME%\runtime\bin\java.exe" (
  set "JAVA=%COURSEWARE_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
)
"%JAVA%" -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+IgnoreUnrecognizedVMOptions ^
  --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED ^
  -cp "%COURSEWARE_HOME%\lib\*" courseware.cli.JdkCheck %*
exit /b %ERRORLEVEL%
