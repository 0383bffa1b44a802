# bench_throughput_vs_width.gp, written by redes. Redraw bench_throughput_vs_width.png from its data with: gnuplot bench_throughput_vs_width.gp
set encoding utf8
set terminal pngcairo size 1000,600 enhanced font 'DejaVu Sans,11'
set output 'bench_throughput_vs_width.png'
set datafile separator ','
set title 'Training throughput, digits MLP 64-H-10 (tanh, softmax CE, SGD, M'' = 32, float64)'
set xlabel 'H (hidden units)'
set ylabel 'samples per second (median over rounds)'
set grid
set key top right box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set xrange [24.61538462:2662.4]
set grid
plot 'bench_throughput_vs_width.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'ours: SGD step (MLPObjective, workspace)', \
     'bench_throughput_vs_width.csv' index 1 using 1:2 with linespoints lw 1 pt 6 dashtype 2 lc rgb '#d62728' title 'ours: sgd(), epoch with R̂ before and after', \
     'bench_throughput_vs_width.csv' index 2 using 1:2 with linespoints lw 1 pt 4 lc rgb '#7f7f7f' title 'ours before: efficient.hpp, fresh matrices', \
     'bench_throughput_vs_width.csv' index 3 using 1:2 with linespoints lw 2 pt 5 lc rgb '#2ca02c' title 'PyTorch, fastest configuration per round'
set output
