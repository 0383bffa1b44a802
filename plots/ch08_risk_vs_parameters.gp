# ch08_risk_vs_parameters.gp, written by redes. Redraw ch08_risk_vs_parameters.png from its data with: gnuplot ch08_risk_vs_parameters.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch08_risk_vs_parameters.png'
set datafile separator ','
set title 'Hyperparameters: validation risk against the size of the network'
set xlabel 'parameters D = Σ_ℓ N_ℓ(N_{ℓ−1} + 1)'
set ylabel 'R̂_{val} (J = quadratic)'
set grid
set key top right box opaque
set logscale x
set format x '10^{%L}'
plot 'ch08_risk_vs_parameters.csv' index 0 using 1:2 with points pt 7 ps 1.1 lc rgb '#1f77b4' title 'relu, grid', \
     'ch08_risk_vs_parameters.csv' index 1 using 1:2 with points pt 6 ps 1.6 lw 2 lc rgb '#1f77b4' title 'relu, random', \
     'ch08_risk_vs_parameters.csv' index 2 using 1:2 with points pt 7 ps 1.1 lc rgb '#ff7f0e' title 'tanh, grid', \
     'ch08_risk_vs_parameters.csv' index 3 using 1:2 with points pt 6 ps 1.6 lw 2 lc rgb '#ff7f0e' title 'tanh, random', \
     'ch08_risk_vs_parameters.csv' index 4 using 1:2 with points pt 7 ps 1.1 lc rgb '#2ca02c' title 'sigmoid, grid', \
     'ch08_risk_vs_parameters.csv' index 5 using 1:2 with points pt 6 ps 1.6 lw 2 lc rgb '#2ca02c' title 'sigmoid, random'
set output
